"""Rates with confidence intervals, and the pass/fail decision."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Z95 = 1.959963984540054
Direction = Literal["min", "max"]
Decision = Literal["lenient", "point", "strict"]
DECISIONS: tuple[Decision, ...] = ("lenient", "point", "strict")


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (well behaved near 0 and 1)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # Exact ends at k = 0 and k = n (rounding would leave 0.9999999999999999, failing ">= 1").
    low = 0.0 if k == 0 else max(0.0, centre - half)
    high = 1.0 if k == n else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True)
class Threshold:
    """A bound a metric must meet: ``value >= limit`` (min) or ``value <= limit`` (max)."""

    limit: float
    direction: Direction

    def __str__(self) -> str:
        return f"{'>=' if self.direction == 'min' else '<='} {self.limit:g}"

    def met_by(self, value: float) -> bool:
        return value >= self.limit if self.direction == "min" else value <= self.limit

    @classmethod
    def parse(cls, text: str) -> Threshold:
        """Read ``">= 0.95"`` or ``"<= 0.05"`` (the space is optional)."""
        stripped = text.strip()
        op, number = stripped[:2], stripped[2:].strip()
        try:
            if op not in (">=", "<="):
                raise ValueError
            limit = float(number)
            if not math.isfinite(limit):
                raise ValueError
        except ValueError:
            raise ValueError(f"threshold {text!r} must read '>= NUMBER' or '<= NUMBER'") from None
        return cls(limit, "min" if op == ">=" else "max")


_SHARES = ("rate", "accuracy", "consistency", "f1", "_gap", "p_value", "ece", "calibration_error", "rta")


def metric_range(metric: str) -> tuple[float, float] | None:
    """The values a metric can take, read from its name (the suites' convention), or None when the name says nothing.

    Rates, accuracies, F1, gaps of rates, p-values and calibration errors (``*_rate``, ``accuracy``,
    ``*_gap``, ``*_p_value``, ``*_ece``...) lie in [0, 1]; correlations in [-1, 1].
    """
    name = metric.lower()
    if name.endswith("correlation"):
        return -1.0, 1.0
    return (0.0, 1.0) if name.endswith(_SHARES) else None


def unreachable(metric: str, threshold: Threshold) -> str | None:
    """Why ``threshold`` cannot be a bound of ``metric`` (outside the values it can take), or None."""
    bounds = metric_range(metric)
    if bounds is None or bounds[0] <= threshold.limit <= bounds[1]:
        return None
    return f"{threshold} is outside what {metric} can reach ({bounds[0]:g} to {bounds[1]:g})"


def decide(k: int, n: int, threshold: Threshold, decision: Decision) -> bool | None:
    """Whether k/n meets the threshold under the decision policy; None when nothing can be decided."""
    return None if n == 0 else meets(k / n, wilson(k, n), threshold, decision)


def meets(value: float, interval: tuple[float, float], threshold: Threshold, decision: Decision) -> bool:
    """Whether a measured value, with its 95% interval, meets the threshold under the decision policy.

    - ``point``: the value must meet the threshold.
    - ``lenient``: fail only when the whole interval misses it (the miss is not sampling
      noise). The default: a pre-merge gate should block on evidence.
    - ``strict``: pass only when the whole interval meets it (the pass is not luck).
    """
    if decision == "point":
        return threshold.met_by(value)
    low, high = interval
    # Lenient judges the bound on the passing side, strict the one on the failing side.
    lenient = decision == "lenient"
    return threshold.met_by(high if (threshold.direction == "min") == lenient else low)


def decidable(n: int, threshold: Threshold, decision: Decision) -> bool:
    """Whether n cases can give both outcomes under the policy (a test that can't is no test).

    A threshold every rate meets (``>= 0``, ``<= 1``) is a check switched off: it passes.
    """
    if n > 0 and threshold.met_by(0.0) and threshold.met_by(1.0):
        return True
    outcomes = {decide(k, n, threshold, decision) for k in (0, n)}
    return outcomes == {True, False}
