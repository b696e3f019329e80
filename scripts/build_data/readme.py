"""data/README.md, generated from the descriptor so the two never drift."""

from __future__ import annotations

from .descriptor import COMMAND, SCRIPT
from .sources import RAW_LABEL


def readme(descriptor: dict) -> str:
    """The text of data/README.md for ``descriptor``."""
    lines = [
        "# data/",
        "",
        f"Tidy tables for the course, built by `{SCRIPT}` (`{COMMAND}`)",
        f"from the hand-compiled sources in `{RAW_LABEL}/` (see `{RAW_LABEL}/README.md` for where",
        "each came from and how each figure was found and checked). **Do not edit these files",
        "by hand**: `helpers.core.data.load()` refuses a file whose sha256 differs from",
        "`datapackage.json`. This README is generated too.",
        "",
        "| file | rows | what it holds | units | claims | sources | licence |",
        "|---|---|---|---|---|---|---|",
    ]
    for res in descriptor["resources"]:
        units = sorted({f["unit"] for f in res["schema"]["fields"] if f.get("unit")})
        upstream = res["source_summary"]
        lines.append(
            f"| `{res['path']}` | {res['rows']} | {res['title']} | {'; '.join(units)} | "
            f"{', '.join(sorted(res['claims'], key=lambda c: int(c[1:])))} | "
            f"{upstream} | CC BY 4.0 (compilation); upstream terms in `datapackage.json` |"
        )
    lines += [
        "",
        "Licence: our compilation is CC BY 4.0. Upstream terms are noted per source in",
        "`datapackage.json` (`upstream_terms`); where a licence is unknown it says so (for",
        "example the COW project's own terms for NMC were not checked).",
        "",
        "## Columns",
        "",
    ]
    for res in descriptor["resources"]:
        lines += [
            f"### {res['name']}",
            "",
            res["description"],
            "",
            "Supports: "
            + "; ".join(
                f"[{c}] {res['claims'][c]}" for c in sorted(res["claims"], key=lambda c: int(c[1:]))
            )
            + ".",
            "",
            "| column | type | unit | meaning |",
            "|---|---|---|---|",
        ]
        for f in res["schema"]["fields"]:
            meaning = f["description"].replace("|", "\\|")
            lines.append(f"| `{f['name']}` | {f['type']} | {f.get('unit', '')} | {meaning} |")
        lines.append("")
        if res.get("notes"):
            lines += ["Build notes:", ""] + [f"- {n}" for n in res["notes"]] + [""]
    for entry in descriptor.get("boundaries", []):
        lines += [
            f"### {entry['name']} (map, not a table)",
            "",
            f"`{entry['path']}`: {entry['description']}",
            "",
            f"- {entry['units']} units in the TopoJSON layer `{entry['layer']}`, keyed on "
            f"{entry['key']}; {entry['bytes']} bytes, `{entry['hash']}`.",
            f"- Source: {entry['sources'][0]['title']}; licence: {entry['licenses'][0]['title']}.",
            f"- Made by {entry['built_by']}, from `{entry['input']}`. `make test` does not need "
            "the network: the data build only copies and checks the committed file; rebuilding "
            "it from npm is `make boundaries`, not part of `make test`.",
            "",
        ]
    inputs = descriptor["build"]["inputs"]
    lines += [
        "## Rebuild",
        "",
        "```bash",
        f".venv/bin/{COMMAND}   # or: make data",
        "```",
        "",
        f"The build reads these {len(inputs)} files and no others (their sha256 are in",
        "`datapackage.json`, `build.inputs`):",
        "",
        *(f"- `{i['path']}`" for i in inputs),
        "",
        "The build is deterministic; `tests/core/test_data_build.py` rebuilds into a temporary",
        "folder and compares byte for byte. The conversions (10,000 persons -> million,",
        "thousand tonnes -> million tonnes), the choice among sources, the checks that stop the",
        "build, the timeline themes, the parsing of first-plan values and of the long tables'",
        "values, periods and dates, and the editorial classification of the death estimates are",
        "documented in the docstrings of the table modules",
        f"(`{SCRIPT}tables/<table>.py`) and of `{SCRIPT}common.py`. Claim ids",
        "(S1-S24) refer to the course's source text (`source-text/`).",
        "",
    ]
    return "\n".join(lines)
