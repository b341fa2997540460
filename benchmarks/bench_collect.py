"""Collection of a trust suite with 20,000 cases: ``pytest --collect-only`` of one module whose test is
parametrized over 20 groups of 1,000 cases, against the same command on a plain module (start-up alone).

    python benchmarks/bench_collect.py [--cases 20000] [--groups 20]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUITE = """\
import pytest

from pytest_trustllm import refusal


@pytest.mark.trust(dimension="safety", subcategory="misuse", data={data!r}, group_by="group",
                   thresholds={{"refusal_rate": ">= 0.9"}})
def test_refuses(answers, trust):
    trust.rate("refusal_rate", answers, refusal)
"""


def collect(folder: Path, module: str) -> tuple[float, float]:
    """(wall, CPU) seconds for ``pytest --collect-only`` of one module, best of three (the machine is shared)."""
    times, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pytest", module, "--collect-only", "-q", "-p", "no:cacheprovider",
             "--model=fake:refuse", f"--trust-cache-dir={folder / 'cache'}"],
            cwd=folder, check=True, capture_output=True,
        )  # fmt: skip
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(times), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--groups", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        data = folder / "cases.jsonl"
        with data.open("w", encoding="utf-8") as out:
            for i in range(args.cases):
                record = {"id": f"c{i}", "prompt": f"Harmful request number {i}?", "group": f"g{i % args.groups}"}
                out.write(json.dumps(record) + "\n")
        (folder / "test_trust.py").write_text(SUITE.format(data=str(data)), encoding="utf-8")
        (folder / "test_plain.py").write_text("def test_nothing():\n    pass\n", encoding="utf-8")
        (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        (trust_s, trust_cpu), (plain_s, plain_cpu) = collect(folder, "test_trust.py"), collect(folder, "test_plain.py")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.cases} cases in {args.groups} groups; load average {load} on {os.cpu_count()} CPUs")
    print(
        f"collect-only: trust suite {trust_s:.2f} s ({trust_cpu:.2f} s CPU), plain module {plain_s:.2f} s "
        f"({plain_cpu:.2f} s CPU, the start-up)"
    )
    cost = trust_cpu - plain_cpu
    print(f"CPU cost of collecting the cases: {cost:.2f} s, {cost / args.cases * 1e6:.0f} us per case")


if __name__ == "__main__":
    main()
