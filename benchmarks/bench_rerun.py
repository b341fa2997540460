"""A warm-cache rerun of every suite: the same ``pytest`` command twice on one answer cache, the second
answering everything from it (goal: a few seconds).

Both runs are one ``pytest`` process each, timed from start to exit, with a fresh cache
folder. The default model is a fake with a known refusal rate, so the cold run is quick too
and every suite runs every case; ``--model smollm2 --sample 2`` is the README's main job.

    python benchmarks/bench_rerun.py [--model fake:refuse:0.5] [--sample N] [--max-tokens 40]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STATS = re.compile(r": (\d+) answers needed, (\d+) from cache, (\d+) generated in")


def timed(command: list[str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, output) of one run; CPU time is what a busy machine doesn't inflate."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        raise SystemExit(f"pytest exited with {run.returncode}:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, run.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="fake:refuse:0.5")
    parser.add_argument("--sample", type=int)
    parser.add_argument("--max-tokens", type=int, default=40)
    parser.add_argument("--suites", nargs="+", default=[str(REPO / "trust_suites")])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        hf_cache = REPO / ".trustllm" / "test-cache"  # converted weights are reused; answers start empty
        command = [
            sys.executable, "-m", "pytest", *args.suites, f"--model={args.model}", "-q", "-p", "no:cacheprovider",
            f"--trust-max-tokens={args.max_tokens}", f"--trust-cache-dir={cache}",
            *([f"--trust-sample={args.sample}"] if args.sample else []),
        ]  # fmt: skip
        if args.model == "smollm2" and hf_cache.is_dir():
            (Path(cache) / "models").symlink_to(hf_cache / "models", target_is_directory=True)
        cold_s, cold_cpu, cold = timed(command)
        warm_s, warm_cpu, warm = timed(command)
    cold_stats, warm_stats = STATS.findall(cold), STATS.findall(warm)
    needed = sum(int(n) for n, _, _ in warm_stats)
    generated = sum(int(g) for _, _, g in warm_stats)
    tests = re.search(r"(\d+ (?:passed|failed).*) in ", warm)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{args.model}, {' '.join(args.suites)}, sample {args.sample or 'all'}; "
        f"load average {load} on {os.cpu_count()} CPUs"
    )
    print(f"cold run: {cold_s:.1f} s ({cold_cpu:.1f} s CPU), {sum(int(g) for _, _, g in cold_stats)} answers generated")
    print(
        f"warm rerun: {warm_s:.1f} s ({warm_cpu:.1f} s CPU), {needed} answers needed, {generated} generated "
        f"({tests.group(1) if tests else '?'})"
    )
    print(f"warm/cold = {warm_s / cold_s:.3f} wall, {warm_cpu / cold_cpu:.3f} CPU")


if __name__ == "__main__":
    main()
