"""Git's clean filter for notebooks: what is committed has no outputs, counts or widget state.

``make setup`` registers it (``git config filter.glf-strip-outputs.clean ...``) and
``.gitattributes`` applies it to every ``*.ipynb``, so a lesson saved after a run is
committed as clean as it was checked out, and ``git status`` does not call it modified.
Standard library only, because git runs it outside the course's environment. It writes
JSON the way nbformat does (sorted keys, indent 1, UTF-8, a final newline), so a clean
notebook passes through byte for byte.

    python3 scripts/strip_outputs.py < lesson.ipynb > clean.ipynb
"""

from __future__ import annotations

import json
import sys

# Notebook metadata a run adds and a clean lesson does not carry.
RUN_METADATA = ("widgets", "execution")


def strip(notebook: dict) -> dict:
    """Return ``notebook`` without outputs, execution counts and run metadata.

    Examples
    --------
    >>> nb = {"metadata": {"widgets": {}}, "cells": [
    ...     {"cell_type": "code", "execution_count": 3, "metadata": {"execution": {}},
    ...      "outputs": [{"output_type": "stream"}], "source": "1"}]}
    >>> strip(nb)
    {'metadata': {}, 'cells': [{'cell_type': 'code', 'execution_count': None, 'metadata': {}, 'outputs': [], 'source': '1'}]}
    """
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ValueError("notebook must be a Jupyter notebook (a JSON object with 'cells')")
    for key in RUN_METADATA:
        notebook.get("metadata", {}).pop(key, None)
    for cell in notebook["cells"]:
        for key in RUN_METADATA:
            cell.get("metadata", {}).pop(key, None)
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return notebook


def main() -> None:
    text = sys.stdin.read()
    try:
        notebook = json.loads(text)
        strip(notebook)
    except ValueError:  # not a notebook (a merge conflict, say): commit it as it is
        sys.stdout.write(text)
        return
    sys.stdout.write(json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
