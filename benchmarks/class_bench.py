"""A class on one machine: N kernels, each running a lesson, all at once.

`python -m benchmarks.class_bench --kernels 20` starts N kernels concurrently
(nbclient, no server), each running a different lesson (cycling through
`lessons/`), waits until every one has finished Run All, then measures the
memory they hold together before shutting them down. It reports the wall time,
failures, total and per-kernel resident memory: what a hub needs per learner.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

from helpers.core.progress import ENV as PROGRESS_ENV

ROOT = Path(__file__).resolve().parents[1]


async def run_one(path: Path, everyone_done: asyncio.Event, results: list, pending: list) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    start = time.perf_counter()
    row = {"lesson": path.name, "ok": False}
    try:
        async with client.async_setup_kernel():
            for index, cell in enumerate(nb.cells):
                await client.async_execute_cell(cell, index)
            row["ok"] = True
            row["seconds"] = time.perf_counter() - start
            row["pid"] = client.km.provisioner.process.pid
            pending[0] -= 1
            if pending[0] == 0:
                everyone_done.set()
            await everyone_done.wait()  # hold the kernel until all have run
            row["rss_mb"] = psutil.Process(row["pid"]).memory_info().rss / 2**20
    except Exception as exc:  # a failure is a result here, not a crash of the benchmark
        row["error"] = f"{type(exc).__name__}: {exc}"[:200]
        pending[0] -= 1
        if pending[0] == 0:
            everyone_done.set()
    results.append(row)


async def run_class(n: int) -> dict:
    lessons = sorted((ROOT / "lessons").glob("[0-9][0-9]_*.ipynb"))
    paths = [lessons[i % len(lessons)] for i in range(n)]
    everyone_done, results, pending = asyncio.Event(), [], [n]
    available_before = psutil.virtual_memory().available
    start = time.perf_counter()
    await asyncio.gather(*(run_one(p, everyone_done, results, pending) for p in paths))
    wall = time.perf_counter() - start
    ok = [r for r in results if r["ok"]]
    rss = [r["rss_mb"] for r in ok if "rss_mb" in r]
    return {
        "kernels": n,
        "failures": [r for r in results if not r["ok"]],
        "wall_s": wall,
        "run_all_median_s": statistics.median(r["seconds"] for r in ok) if ok else float("nan"),
        "run_all_max_s": max((r["seconds"] for r in ok), default=float("nan")),
        "rss_total_mb": sum(rss),
        "rss_per_kernel_mb": statistics.median(rss) if rss else float("nan"),
        "available_before_mb": available_before / 2**20,
    }


def report(r: dict) -> str:
    lines = [
        f"## A class on one machine: {r['kernels']} kernels at once",
        "",
        f"{r['kernels']} kernels started together, each running a lesson (cycling through "
        "`lessons/`) with nbclient; memory measured when all had finished Run All.",
        "",
        f"- wall time for all: **{r['wall_s']:.1f} s**; Run All per kernel: median "
        f"{r['run_all_median_s']:.1f} s, slowest {r['run_all_max_s']:.1f} s (including kernel "
        "start, on 2 shared cores)",
        f"- failures: **{len(r['failures'])}**"
        + "".join(f"\n  - {f['lesson']}: {f.get('error', '')}" for f in r["failures"]),
        f"- resident memory: **{r['rss_total_mb']:.0f} MB** in all, "
        f"{r['rss_per_kernel_mb']:.0f} MB per kernel (median)",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=20)
    args = parser.parse_args(argv)
    if args.kernels < 1:
        parser.error("--kernels must be at least 1")
    # Exercise checks in the lessons record passes: keep the learner's own file untouched.
    os.environ[PROGRESS_ENV] = str(Path(tempfile.mkdtemp(prefix="glf-class-")) / "progress.json")
    text = report(asyncio.run(run_class(args.kernels)))
    print(text)
    return text


if __name__ == "__main__":
    main()
