"""How every report writes a figure: the value, its interval, a signed difference."""

from __future__ import annotations

from ..results import Result

NO_INTERVAL = ("chi-square", "permutation", "as-published")  # p-values and published figures have none


def figure(value: float | None, method: str = "") -> str:
    """Three decimals; p-values (which span orders of magnitude) in three significant digits; n/a for none."""
    if value is None:
        return "n/a"
    return f"{value:.3g}" if method in ("chi-square", "permutation") else f"{value:.3f}"


def interval(result: Result) -> str:
    """``0.066–0.430``, or "" for a figure without an interval."""
    if result.value is None or result.method in NO_INTERVAL:
        return ""
    return f"{result.ci_low:.3f}–{result.ci_high:.3f}"


def signed(value: float | None) -> str:
    """A difference: ``+0.050``, ``-0.120``."""
    return "n/a" if value is None else f"{value:+.3f}"


def shortfall(result: Result) -> float:
    """How far a result misses its threshold (larger is worse; results with no value or threshold come last)."""
    if result.value is None or result.threshold is None:
        return float("-inf")
    gap = result.threshold - result.value
    return gap if result.direction == "min" else -gap
