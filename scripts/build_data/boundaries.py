"""Lesson 07's map: ``provinces_1960s.topojson``, copied from ``data/raw/provinces/`` and checked.

``make boundaries`` (``scripts/cut_boundaries.py``, with npm) makes the file in
``data/raw/provinces/``; the data build only copies it into ``data/`` and describes it in the
descriptor's ``boundaries`` list (not a table, so not in ``resources``): path, bytes, sha256,
the layer, the units, where it came from, its licence and what was done to it.

Checks: a TopoJSON ``Topology`` with one layer ``provinces`` of ``UNITS`` polygons, each with the
single property ``gb``, whose codes are exactly ``province_codes``'s.
"""

from __future__ import annotations

import json

from .common import BuildError, Context, sha256
from .provinces import BOUNDARIES, BOUNDARIES_SOURCE
from .sources import RAW_LABEL

NAME = "provinces_1960s"
PATH = "provinces_1960s.topojson"
LAYER = "provinces"
UNITS = 29


def build(ctx: Context) -> tuple[bytes, dict]:
    """The file's bytes and its descriptor entry; stops if the file or its codes are wrong."""
    path = ctx.src / BOUNDARIES
    if not path.is_file():
        raise BuildError(f"missing source file: {path} (make boundaries writes it)")
    ctx.inputs_read.add(BOUNDARIES)
    data = path.read_bytes()
    try:
        topology = json.loads(data)
        geometries = topology["objects"][LAYER]["geometries"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{BOUNDARIES}: not a TopoJSON topology with a layer {LAYER!r}") from exc
    codes = [g.get("properties", {}).get("gb") for g in geometries]
    if any(set(g.get("properties", {})) != {"gb"} for g in geometries):
        raise BuildError(f"{BOUNDARIES}: every unit must carry only the property 'gb'")
    expected = sorted(r["gb_code"] for r in ctx.rows("province_codes"))
    if len(codes) != UNITS or sorted(codes) != expected:
        raise BuildError(f"{BOUNDARIES}: units {sorted(codes)} are not province_codes' {expected}")
    entry = {
        "name": NAME,
        "path": PATH,
        "format": "topojson",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": sha256(data),
        "layer": LAYER,
        "units": UNITS,
        "key": "gb (the two-digit GB/T 2260 code of province_codes)",
        "title": "Provincial units of the early 1960s (illustrative boundaries)",
        "description": "China's provincial units as of the early 1960s, for lesson 07's map: "
        "Hainan drawn within Guangdong and Chongqing within Sichuan; Tianjin drawn apart (part "
        "of Hebei 1958-67) because the tables report it separately. Taiwan, Hong Kong and "
        "Macau are not drawn, nor the South China Sea islands inset: the course's data cover "
        "only the provinces the People's Republic administered at the time. The boundaries are "
        "illustrative, not authoritative: today's lines, simplified, not those of 1960.",
        "licenses": [{"name": "MIT", "title": "MIT licence, as packaged by china-geojson"}],
        "sources": [BOUNDARIES_SOURCE],
        "built_by": "make boundaries (scripts/cut_boundaries.py: regroup, then mapshaper@0.7.70 "
        "-dissolve gb -simplify 30% keep-shapes, TopoJSON quantization 10000)",
        "input": f"{RAW_LABEL}/{BOUNDARIES}",
    }
    return data, entry
