"""Lesson 07's inputs: the cuts are stable, the map's regrouping is right, and the build stops
when a province source changes in a way its checks do not expect (no network needed)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts import build_data, cut_boundaries, cut_provinces

RAW = Path(__file__).resolve().parents[3] / "data" / "raw"


def test_cutting_a_cut_changes_nothing():
    county = (RAW / "provinces" / "cxz2022_county_mortality_cut.csv").read_bytes()
    assert cut_provinces.keep_columns(county, cut_provinces.COUNTY_COLUMNS) == county
    second = (RAW / "provinces" / "provincial_demography_cdr_second_sources.csv").read_bytes()
    assert cut_provinces.keep_rows(second, cut_provinces.second_source_cdr) == second
    with pytest.raises(ValueError, match="not in the header"):
        cut_provinces.keep_columns(b"a,b\n1,2\n", ("c",))


def test_the_regrouping_drops_taiwan_hong_kong_macau_and_the_inset_and_merges_two_units():
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    features = [
        {"type": "Feature", "properties": {"id": code}, "geometry": square}
        for code in ("44", "46", "50", "51", "12", "71", "")
    ] + [{"type": "Feature", "id": 81, "properties": {}, "geometry": square}]
    grouped = cut_boundaries.regroup({"type": "FeatureCollection", "features": features})
    assert [f["properties"] for f in grouped["features"]] == [
        {"gb": "44"},
        {"gb": "44"},
        {"gb": "51"},
        {"gb": "51"},
        {"gb": "12"},
    ]
    with pytest.raises(ValueError, match="no two-digit GB code"):
        bad = {"type": "Feature", "properties": {"id": "4"}, "geometry": square}
        cut_boundaries.regroup({"features": [bad]})


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(RAW, target, copy_function=shutil.copyfile)
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "complaint"),
    [
        (
            "provinces/provincial_demography_cdr_second_sources.csv",
            "Guizhou,crude_death_rate,1960,49.87,",
            "Guizhou,crude_death_rate,1960,52.33,",
            "not the KNOWN_LARGE",
        ),
        (
            "provinces/province_codes.csv",
            "62,Gansu,甘肃,Gansu,province,Gansu,",
            "62,Gansu,甘肃,Gansu,province,Kansu,",
            "province 'Gansu' has no code",
        ),
        (
            "provinces/province_codes.csv",
            "52,Guizhou,贵州,Guizhou,province,",
            "52,Guizhou,贵州,Guizhou,kingdom,",
            "status 'kingdom'",
        ),
    ],
)
def test_the_build_stops_on_a_changed_province_source(tmp_path, capsys, file, old, new, complaint):
    sources = _copy(tmp_path)
    path = sources / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    assert build_data.main(["--sources", str(sources), "--out", str(tmp_path / "out")]) == 1
    assert complaint in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_build_stops_if_the_map_loses_a_unit(tmp_path, capsys):
    sources = _copy(tmp_path)
    path = sources / "provinces" / "provinces_1960s.topojson"
    topology = json.loads(path.read_text(encoding="utf-8"))
    topology["objects"]["provinces"]["geometries"].pop()
    path.write_text(json.dumps(topology), encoding="utf-8")
    assert build_data.main(["--sources", str(sources), "--out", str(tmp_path / "out")]) == 1
    assert "are not province_codes'" in capsys.readouterr().err
