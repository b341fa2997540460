"""How many cases a baseline comparison needs to catch a drop: the README's table, by simulation.

For each drop from a rate of 0.95, the smallest number of cases (on a grid) at which the regression rule
of ``pytest_trustllm.baseline`` (alpha 0.05, tolerance 0) flags the drop in at least 80% of simulated runs:

- paired, same cases in both runs. "Pure": the new model fails every case the baseline failed, plus a
  share of the others (only one kind of discordant pair). "Churn": as well, half the cases the baseline
  failed now pass (discordant pairs both ways, as two checkpoints of one model usually show);
- unpaired: different cases (or a baseline without per-case verdicts), two independent samples of n each.

    python benchmarks/regression_power.py            # about a minute
"""

from __future__ import annotations

import numpy as np

from pytest_trustllm.baseline import compare
from pytest_trustllm.config import RegressionPolicy
from pytest_trustllm.results import Result

BASE = 0.95
DROPS = (0.05, 0.10, 0.20)
GRID = (20, 25, 30, 35, 40, 50, 60, 70, 80, 90, 100, 120, 140, 160, 180, 200, 250, 300, 350, 400, 450, 500, 600, 700,
        800, 1000)  # fmt: skip
RUNS = 1000
POWER = 0.8


def record(cases: dict[str, float | None]) -> Result:
    k, n = int(sum(v for v in cases.values() if v is not None)), len(cases)
    return Result(
        "m", "fake:m", "t", "t", "safety", "s", None, "rate", k / n, 0.0, 1.0, n, k, 0, "wilson",
        0.9, "min", "lenient", True, "x", cases=cases,
    )  # fmt: skip


def flagged(rng: np.random.Generator, n: int, drop: float, design: str) -> bool:
    ids = [f"c{i}" for i in range(n)]
    before = rng.random(n) < BASE
    if design == "unpaired":
        after = rng.random(n) < BASE - drop
        old = record(dict(zip(ids, before.astype(float), strict=True)))
        new = record(dict(zip([f"z{i}" for i in range(n)], after.astype(float), strict=True)))
    else:
        back = 0.5 if design == "churn" else 0.0  # share of the failed that now pass
        # Chosen so that the expected new rate is BASE - drop.
        lost = (drop + back * (1 - BASE)) / BASE
        after = np.where(before, rng.random(n) >= lost, rng.random(n) < back)
        old = record(dict(zip(ids, before.astype(float), strict=True)))
        new = record(dict(zip(ids, after.astype(float), strict=True)))
    return compare(new, old, RegressionPolicy()).change == "regression"


def cases_needed(drop: float, design: str, seed: int = 0) -> int | None:
    rng = np.random.default_rng(seed)
    for n in GRID:
        if np.mean([flagged(rng, n, drop, design) for _ in range(RUNS)]) >= POWER:
            return n
    return None


def main() -> None:
    print(f"cases for {POWER:.0%} power, drop from {BASE} (alpha 0.05, tolerance 0), {RUNS} runs per size")
    print("| drop | paired (pure) | paired (churn) | unpaired (each run) |")
    print("|---|---|---|---|")
    for drop in DROPS:
        cells = [cases_needed(drop, design) for design in ("pure", "churn", "unpaired")]
        shown = [f"{c}" if c else f"> {GRID[-1]}" for c in cells]
        print(f"| {BASE} to {BASE - drop:.2f} | " + " | ".join(shown) + " |", flush=True)


if __name__ == "__main__":
    main()
