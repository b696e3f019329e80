"""The data build: data/ is rebuilt from data/raw/ byte for byte, and stops on bad sources.

Nothing here needs anything outside the repository: the inputs are in data/raw/, so every
test runs on a fresh clone.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import build_data, cut_nmc
from scripts.build_data.tables import (
    TABLES,
    communes,
    excess_death_estimates,
    first_plan,
    timeline,
)

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
RAW = DATA / "raw"
RAW_README = RAW / "README.md"


def descriptor() -> dict:
    return json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def committed_files(folder: Path) -> list[str]:
    """The files the build writes (not git's own settings such as ``.gitattributes``)."""
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


# --- rebuilding --------------------------------------------------------------------------------


def test_python_m_scripts_build_data_rebuilds_data_byte_for_byte(tmp_path):
    """The command the descriptor and README give, with its default sources (data/raw/)."""
    out = tmp_path / "rebuilt"
    command = [sys.executable, "-m", "scripts.build_data", "--out", str(out)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert committed_files(out) == committed_files(DATA)
    for name in committed_files(DATA):
        assert (out / name).read_bytes() == (DATA / name).read_bytes(), f"data/{name} is stale"
    assert descriptor()["build"]["command"] == "python -m scripts.build_data"


def test_the_default_sources_are_data_raw():
    assert build_data.run.DEFAULT_SOURCES == RAW
    assert build_data.run.DEFAULT_OUT == DATA


def test_nothing_outside_the_repository_is_named_as_an_input():
    for name in ("datapackage.json", "README.md"):
        text = (DATA / name).read_text(encoding="utf-8")
        assert "shared/sources" not in text and "../shared" not in text, name
        assert "scripts/build_data.py" not in text, f"{name} names the old script"
    assert "data/raw/" in (DATA / "README.md").read_text(encoding="utf-8")


# --- data/raw/ ---------------------------------------------------------------------------------


def raw_files() -> list[str]:
    return sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file())


def test_every_file_in_data_raw_is_named_in_its_readme():
    text = RAW_README.read_text(encoding="utf-8")
    missing = [name for name in raw_files() if f"`{name}`" not in text]
    assert not missing, f"data/raw/README.md does not name {missing}"


def test_every_input_the_build_reads_is_in_data_raw_with_the_hash_the_descriptor_gives():
    inputs = descriptor()["build"]["inputs"]
    paths = [i["path"] for i in inputs]
    assert paths == sorted(paths) and all(p.startswith("data/raw/") for p in paths)
    for entry in inputs:
        path = REPO / entry["path"]
        assert path.is_file(), f"{entry['path']} is not in the repository"
        assert sha256(path) == entry["hash"], f"{entry['path']} changed: rebuild data/"
    read = build_data.build_tables(RAW).inputs_read  # what the build actually opens
    assert sorted(f"data/raw/{name}" for name in read) == paths
    unread = set(raw_files()) - read - {"README.md", ".gitattributes"}
    assert not unread, f"data/raw/ holds files the build does not read: {sorted(unread)}"


def test_the_nmc_cut_is_chinas_rows_and_the_readme_records_it():
    path = RAW / "cow_nmc" / "NMC-60-abridged-china.csv"
    data = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert {r["ccode"] for r in rows} == {"710"}
    assert [int(r["year"]) for r in rows] == list(range(1860, 2017))
    assert cut_nmc.cut(data) == data, "cutting the cut changes nothing"
    text = RAW_README.read_text(encoding="utf-8")
    assert hashlib.sha256(data).hexdigest() in text
    assert "cd8465ea476da51d3e91261e216e96cfaf1fbf309dbe6bfc25a99bfb9fa7cfde" in text
    assert "15,951" in text and f"| {len(rows)} |" in text


def test_cut_nmc_keeps_the_header_and_one_states_lines_unchanged():
    upstream = (
        b"stateabb,ccode,year,irst\nUSA,2,1950,87848\nCHN,710,1958,8000\n"
        b"JPN,740,1958,12118\nCHN,710,1959,13870"
    )
    assert (
        cut_nmc.cut(upstream)
        == b"stateabb,ccode,year,irst\nCHN,710,1958,8000\nCHN,710,1959,13870\n"
    )
    with pytest.raises(ValueError, match="no rows with ccode 710"):
        cut_nmc.cut(b"stateabb,ccode,year\nUSA,2,1950\n")


# --- the package: tables, dependencies and vocabularies ----------------------------------------


def test_tables_are_built_after_the_tables_they_need_in_descriptor_order():
    names = [module.NAME for module in TABLES]
    assert names == [r["name"] for r in descriptor()["resources"]]
    for position, module in enumerate(TABLES):
        assert set(module.NEEDS) <= set(names[:position]), module.NAME
    needs = {module.NAME: module.NEEDS for module in TABLES}
    assert needs["value_added"] == ("national_series",)
    assert needs["first_plan"] == ("value_added",)
    assert needs["grain_procurement_trade"] == ("national_series",)


def field(table: str, name: str) -> dict:
    res = next(r for r in descriptor()["resources"] if r["name"] == table)
    return next(f for f in res["schema"]["fields"] if f["name"] == name)


@pytest.mark.parametrize(
    ("table", "column", "vocabulary"),
    [
        ("timeline", "theme", timeline.THEMES),
        ("timeline", "date_precision", timeline.DATE_PRECISIONS),
        ("excess_death_estimates", "method", tuple(excess_death_estimates.ESTIMATE_METHODS)),
        ("first_plan", "kind", first_plan.KINDS),
        ("first_plan", "qualifier", first_plan.QUALIFIERS),
        ("communes", "date_precision", communes.COMMUNE_PRECISION),
        ("grain_procurement_trade", "qualifier", build_data.common.QUALIFIERS),
    ],
)
def test_each_vocabulary_is_the_descriptors_enum(table, column, vocabulary):
    assert field(table, column)["constraints"]["enum"] == list(vocabulary)


# --- the checks that stop the build ------------------------------------------------------------


def writable_copy(source: Path, target: Path) -> Path:
    """Copy data/raw/ to corrupt it, writable whatever the permissions of the original."""
    shutil.copytree(source, target, copy_function=shutil.copyfile)
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "complaint"),
    [
        (
            "national_series_candidates.csv",
            "crude_death_rate,1960,25.4,",
            "crude_death_rate,1960,26.4,",
            "crude_death_rate 1960: sources disagree beyond rounding: 25.43",
        ),
        (
            "national_series_candidates.csv",
            "steel_output,1958,5900,",
            "steel_output,1958,8000,",
            "listed as a disagreement but now agrees",
        ),
        (
            "cow_nmc/NMC-60-abridged-china.csv",
            "CHN,710,1958,5894070,3182,8000,",
            "CHN,710,1958,5894070,3182,8001,",
            "steel_output 1958: candidates file 8000 != cow_nmc/NMC-60-abridged-china.csv",
        ),
        ("timeline.csv", "Peng Dehuai's letter to Mao", "A new event", "0 themes match"),
        (
            "output_indices.csv",
            "industry_va_nominal,1958,414.5",
            "industry_va_nominal,1958,499.5",
            "value_added 1958: sectors do not fit inside GDP",
        ),
        (
            "grain_procurement_trade.csv",
            "procurement_share_of_output,1957,24.6,",
            "procurement_share_of_output,1957,26.6,",
            "procurement_share_of_output 1957: printed 26.6 %",
        ),
        (
            "grain_procurement_trade.csv",
            "OCR-RECONSTRUCTED:",
            "Reconstructed:",
            "the note must carry the flag 'OCR-RECONSTRUCTED'",
        ),
        (
            "grain_procurement_trade.csv",
            "grain_imports,1962,5.32,",
            "grain_imports,early 1960s,5.32,",
            "period 'early 1960s' is not YYYY, YYYY-YYYY or in PERIOD_READINGS",
        ),
        (
            "communes.csv",
            "households_per_commune_average,1958-09/10,4614,",
            "households_per_commune_average,1958-09/10,5614,",
            "communes 1958: 26425 communes x 5614 households",
        ),
        (
            "output_indices.csv",
            "light_heavy_industry_ratio,1960,33.4:66.6,",
            "light_heavy_industry_ratio,1960,33.4:76.6,",
            "does not add up to 100",
        ),
        (
            "excess_death_estimates.csv",
            "Built from >1,000 county gazetteers",
            "Based on >1,000 county gazetteers",
            "the evidence for 'provincial/local records' is not in the row's text",
        ),
        (
            "excess_death_estimates.csv",
            "Yu Xiguang (余习广),,",
            "Yu Xiguang (余习广),around 2005,",
            "year_published 'around 2005' is not 'YYYY' or 'YYYY (remark)'",
        ),
    ],
)
def test_build_stops_on_inconsistent_sources(tmp_path, capsys, file, old, new, complaint):
    sources = writable_copy(RAW, tmp_path / "sources")
    path = sources / file
    text = path.read_bytes().decode("utf-8")  # keep the CRLF line ends as they are
    assert text.count(old) == 1
    path.write_bytes(text.replace(old, new).encode("utf-8"))
    status = build_data.main(["--sources", str(sources), "--out", str(tmp_path / "out")])
    assert status == 1
    assert complaint in capsys.readouterr().err
    assert not (tmp_path / "out").exists(), "nothing is written when a check fails"


def test_build_stops_on_a_missing_input(tmp_path, capsys):
    sources = writable_copy(RAW, tmp_path / "sources")
    (sources / "communes.csv").unlink()
    assert build_data.main(["--sources", str(sources), "--out", str(tmp_path / "out")]) == 1
    assert "missing source file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_theme_outside_themes_stops_the_build(monkeypatch):
    themes = tuple(
        (start, "gossip" if start == "Nanning conference" else theme)
        for start, theme in timeline.TIMELINE_THEMES
    )
    monkeypatch.setattr(timeline, "TIMELINE_THEMES", themes)
    with pytest.raises(build_data.BuildError, match=r"themes not in THEMES: \['gossip'\]"):
        build_data.build_tables(RAW)


def test_a_table_listed_before_one_it_needs_stops_the_build(monkeypatch):
    reordered = (first_plan, *(m for m in TABLES if m is not first_plan))
    monkeypatch.setattr(build_data.run, "TABLES", reordered)
    with pytest.raises(build_data.BuildError, match=r"first_plan needs \['value_added'\]"):
        build_data.build_tables(RAW)
