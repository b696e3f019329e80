"""Lesson 07's map: China's provincial units of the early 1960s as a small TopoJSON file.

``make boundaries`` runs this. Input: ``src/geojson/china.json`` of the npm package
``china-geojson@1.0.0`` (MIT as packaged; geometry derived from ECharts/Baidu map data; every
feature's ``id`` is its two-digit GB/T 2260 code). What is done, in this order:

1. features **left out**: Taiwan (71), Hong Kong (81), Macau (82) and the boxed inset of the
   South China Sea islands (no code). The course's data cover only the provinces the People's
   Republic administered at the time, so the map draws only those;
2. features **merged** into the units of the early 1960s (``MERGE``): Hainan (46) into Guangdong
   (44), a province only from 1988; Chongqing (50) into Sichuan (51), a municipality only from
   1997. Tianjin (12) is **kept apart** although it was part of Hebei from 1958 to 1967: every
   table that has Tianjin (MQY's panel, the prefecture CSSI) reports it separately, so merging it
   would hide data (``province_codes.status_1960s`` says what it was);
3. each feature keeps one property, ``gb`` (the code); mapshaper (``mapshaper@0.7.70``) dissolves
   by it, simplifies (``SIMPLIFY``, Visvalingam, shapes kept) and writes TopoJSON quantised to
   ``QUANTIZATION``, the layer named ``provinces``.

The same input and mapshaper version give the same bytes (checked: two runs, one hash). The
output goes to ``data/raw/provinces/provinces_1960s.topojson``; ``make data`` copies it into
``data/`` with its hash in the descriptor. Boundaries are illustrative, not authoritative.

Run from the repository root (``make boundaries`` fetches both npm packages first)::

    .venv/bin/python -m scripts.cut_boundaries path/to/china.json --mapshaper path/to/mapshaper
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "raw" / "provinces" / "provinces_1960s.topojson"
LEFT_OUT = {"71": "Taiwan", "81": "Hong Kong", "82": "Macau", "": "South China Sea islands inset"}
MERGE = {"46": "44", "50": "51"}
SIMPLIFY = "30%"
QUANTIZATION = "10000"


def feature_code(feature: dict) -> str:
    """The feature's two-digit code (the package puts it in properties.id or in id)."""
    code = feature.get("properties", {}).get("id") or feature.get("id") or ""
    return str(code)


def regroup(collection: dict) -> dict:
    """The features of the early 1960s' units, each with only its (merged) ``gb`` code."""
    features = []
    for feature in collection["features"]:
        code = feature_code(feature)
        if code in LEFT_OUT:
            continue
        if len(code) != 2 or not code.isdigit():
            raise ValueError(f"a feature has no two-digit GB code: {feature.get('properties')}")
        features.append(
            {
                "type": "Feature",
                "properties": {"gb": MERGE.get(code, code)},
                "geometry": feature["geometry"],
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("china_json", type=Path, help="china-geojson's src/geojson/china.json")
    parser.add_argument("--mapshaper", default="mapshaper", help="the mapshaper command")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    source = args.china_json.read_bytes()
    grouped = regroup(json.loads(source))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "provinces.json"
        staged.write_text(json.dumps(grouped), encoding="utf-8")
        out = Path(tmp) / "out.topojson"
        command = [
            args.mapshaper,
            str(staged),
            "-dissolve",
            "gb",
            "-simplify",
            SIMPLIFY,
            "keep-shapes",
            "-rename-layers",
            "provinces",
            "-o",
            "format=topojson",
            f"quantization={QUANTIZATION}",
            str(out),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"cut_boundaries: mapshaper failed: {result.stderr}", file=sys.stderr)
            return 1
        data = out.read_bytes()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    units = len(json.loads(data)["objects"]["provinces"]["geometries"])
    print(f"input sha256 {hashlib.sha256(source).hexdigest()}")
    print(
        f"{args.out.name}: sha256 {hashlib.sha256(data).hexdigest()}, {len(data)} bytes, {units} units"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
