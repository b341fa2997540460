"""Metrics with their 95% intervals: rates, means, macro-F1, calibration error, correlation, group differences.

Every metric returns one :class:`Estimate`. numpy and scipy are imported inside the functions
that use them, so ``import pytest_trustllm`` stays light.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pytest_trustllm.stats import Z95, wilson

if TYPE_CHECKING:
    from numpy.typing import NDArray

    # One (rounds, size) index array per stratum -> one value per round.
    Statistic = Callable[[list[NDArray[Any]]], NDArray[Any]]

T = TypeVar("T")

ECE_BINS = 10
ROUNDS = 2000  # bootstrap rounds of the metrics that take no ``rounds``
_CHUNK_CELLS = 1 << 22  # resampled indices held at once: bounds the bootstrap's memory at large n
_MIN_EXPECTED = 5  # smallest expected count for which the chi-square approximation is trusted
_P_VALUE_METHODS = ("chi-square", "permutation")
AS_PUBLISHED = "as-published"
"""The method of a figure computed by a benchmark's own formula (TrustLLM's): a value without an interval."""


@dataclass(frozen=True)
class Estimate:
    """A metric's value with its 95% interval."""

    value: float | None  # None when nothing could be measured (no units, or undefined)
    low: float
    high: float
    n: int  # units the value is estimated from
    k: int | None = None  # successes, for rates only
    method: str = "wilson"  # "wilson", "bootstrap", "fisher-z", "chi-square", "permutation" or "as-published"

    def __str__(self) -> str:
        """``0.500 (8/16, 95% CI 0.280–0.720)``, ``0.120 (n=40, 95% CI 0.050–0.210, bootstrap)``,
        ``0.0455 (n=100, chi-square)`` for a p-value, ``n/a (n=0)`` when there is no value."""
        if self.value is None:
            return f"n/a (n={self.n})"
        parts = [f"{self.k}/{self.n}" if self.k is not None else f"n={self.n}"]
        if self.method in _P_VALUE_METHODS:
            # p-values span orders of magnitude, and have no interval.
            value = f"{self.value:.3g}"
        else:
            value = f"{self.value:.3f}"
            if self.method != AS_PUBLISHED:
                parts.append(f"95% CI {self.low:.3f}–{self.high:.3f}")
        if self.method != "wilson":
            parts.append(self.method)
        return f"{value} ({', '.join(parts)})"


def rate(verdicts: Sequence[bool]) -> Estimate:
    """The share of True verdicts with its Wilson interval; value None (interval 0–1) when there are none."""
    n = len(verdicts)
    k = sum(1 for v in verdicts if v)
    low, high = wilson(k, n)
    return Estimate(k / n if n else None, low, high, n, k)


def group_rates(groups: Mapping[str, Sequence[bool]]) -> dict[str, Estimate]:
    """:func:`rate` of every group, in the mapping's order."""
    return {name: rate(verdicts) for name, verdicts in groups.items()}


def _bootstrap(sizes: Sequence[int], statistic: Statistic, rounds: int, seed: int) -> tuple[float, float, float]:
    """A statistic's value and 95% percentile bootstrap interval: (value, low, high).

    ``statistic`` maps one (rounds, size) index array per stratum (every ``size`` at least 1)
    to one value per round. Each round resamples every stratum with replacement, on its own.
    The value is the statistic at the identity indices, so data a resample cannot change
    (one item, all equal) give an interval collapsed onto it.
    """
    import numpy as np

    value = float(statistic([np.arange(size)[np.newaxis] for size in sizes])[0])
    rng = np.random.default_rng(seed)
    chunk = max(1, _CHUNK_CELLS // sum(sizes))
    samples = np.concatenate(
        [
            statistic([rng.integers(0, size, (min(chunk, rounds - start), size)) for size in sizes])
            for start in range(0, rounds, chunk)
        ]
    )
    low, high = (float(q) for q in np.quantile(samples, [0.025, 0.975]))
    # The interval is widened to hold the value. Resamples that only reorder the arithmetic (one
    # item, all-equal data) miss it by rounding, and the percentile interval of a biased statistic
    # (ECE grows on resamples) can miss it by more; a decision on it would contradict the value.
    rounding = 1e-9 * max(abs(value), float(np.abs(samples).max()))
    return value, value if low >= value - rounding else low, value if high <= value + rounding else high


def bootstrap_interval(
    items: Sequence[T], statistic: Callable[[Sequence[T]], float], rounds: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """A 95% percentile bootstrap interval of ``statistic`` over ``items``, widened to hold
    ``statistic(items)``; deterministic by seed; (0, 1) when there are no items."""
    if len(items) == 0:
        return 0.0, 1.0
    import numpy as np

    def over(idx: list[NDArray[Any]]) -> NDArray[Any]:
        return np.array([statistic([items[i] for i in row]) for row in idx[0].tolist()], dtype=float)

    _, low, high = _bootstrap([len(items)], over, rounds, seed)
    return low, high


def mean(values: Sequence[float], seed: int = 0) -> Estimate:
    """The mean of ``values`` with a 95% percentile bootstrap interval; value None (interval ±inf) when empty."""
    if len(values) == 0:
        return Estimate(None, -math.inf, math.inf, 0, method="bootstrap")
    import numpy as np

    data = np.asarray(values, dtype=float)
    value, low, high = _bootstrap([len(data)], lambda idx: data[idx[0]].mean(axis=1), ROUNDS, seed)
    return Estimate(value, low, high, len(data), method="bootstrap")


def macro_f1(predicted: Sequence[str | None], gold: Sequence[str], labels: Sequence[str], seed: int = 0) -> Estimate:
    """Unweighted mean over ``labels`` of F1 = 2·TP / (2·TP + FP + FN), 0 for a label with no true
    positive, with a 95% percentile bootstrap interval over items.

    A prediction outside ``labels`` (an unparsed None included) is wrong for every label.
    Value None (interval 0–1) when there are no items.
    """
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold differ in length")
    if not labels:
        raise ValueError("macro-F1 needs at least one label")
    if len(gold) == 0:
        return Estimate(None, 0.0, 1.0, 0, method="bootstrap")
    import numpy as np

    code = {label: i for i, label in enumerate(labels)}
    pred = np.array([-1 if p is None else code.get(p, -1) for p in predicted])
    true = np.array([code.get(g, -1) for g in gold])

    def f1(idx: list[NDArray[Any]]) -> NDArray[Any]:
        p, g = pred[idx[0]], true[idx[0]]
        scores = []
        for label in range(len(labels)):
            said, truth = p == label, g == label
            tp = (said & truth).sum(axis=1)
            # 2·TP + FP + FN = predicted + gold count of the label.
            scores.append(np.where(tp > 0, 2 * tp / np.maximum(said.sum(axis=1) + truth.sum(axis=1), 1), 0.0))
        result: NDArray[Any] = np.mean(scores, axis=0)
        return result

    value, low, high = _bootstrap([len(gold)], f1, ROUNDS, seed)
    return Estimate(value, low, high, len(gold), method="bootstrap")


def class_accuracy(predicted: Sequence[str | None], gold: Sequence[str], labels: Sequence[str]) -> dict[str, Estimate]:
    """Per label, in ``labels`` order: the share of the items with that gold label predicted right (Wilson)."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold differ in length")
    return {label: rate([p == g for p, g in zip(predicted, gold, strict=True) if g == label]) for label in labels}


def _calibration_terms(
    confidences: Sequence[float], correct: Sequence[bool], bins: int
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Each answer's bin and its (correct - confidence), after checking the inputs."""
    import numpy as np

    if len(confidences) != len(correct):
        raise ValueError("confidences and correct differ in length")
    if bins < 1:
        raise ValueError("bins must be at least 1")
    conf = np.asarray(confidences, dtype=float)
    if not np.all((conf >= 0.0) & (conf <= 1.0)):
        raise ValueError("confidences must lie in [0, 1]")
    # Bin b holds [b/bins, (b+1)/bins); the last one also holds 1.0.
    bin_of = np.minimum((conf * bins).astype(int), bins - 1)
    return bin_of, np.asarray(correct, dtype=float) - conf


def _ece(bin_of: NDArray[Any], gap: NDArray[Any], bins: int, idx: NDArray[Any]) -> NDArray[Any]:
    """ECE of every row of ``idx``: sum over bins of |sum of (correct - confidence)| / n, which is
    each bin's |accuracy - mean confidence| weighted by its share of answers."""
    import numpy as np

    rows, n = idx.shape
    cells = bin_of[idx] + bins * np.arange(rows)[:, np.newaxis]
    sums = np.bincount(cells.ravel(), weights=gap[idx].ravel(), minlength=rows * bins)
    result: NDArray[Any] = np.abs(sums.reshape(rows, bins)).sum(axis=1) / n
    return result


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = ECE_BINS) -> float:
    """Expected calibration error over equal-width confidence bins; 0.0 when there are no answers.

    Bin b holds confidences in [b/bins, (b+1)/bins) (the last bin includes 1.0); ECE is
    the mean over answers of |accuracy of its bin - mean confidence of its bin|, that is
    the bins' gaps weighted by their share of answers. Confidences outside [0, 1] raise ValueError.
    """
    bin_of, gap = _calibration_terms(confidences, correct, bins)
    if not len(gap):
        return 0.0
    import numpy as np

    return float(_ece(bin_of, gap, bins, np.arange(len(gap))[np.newaxis])[0])


def calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = ECE_BINS, seed: int = 0
) -> Estimate:
    """:func:`expected_calibration_error` with a 95% percentile bootstrap interval over answers;
    value None (interval 0–1) when there are no answers."""
    bin_of, gap = _calibration_terms(confidences, correct, bins)
    if not len(gap):
        return Estimate(None, 0.0, 1.0, 0, method="bootstrap")
    value, low, high = _bootstrap([len(gap)], lambda idx: _ece(bin_of, gap, bins, idx[0]), ROUNDS, seed)
    return Estimate(value, low, high, len(gap), method="bootstrap")


def correlation(x: Sequence[float], y: Sequence[float], method: Literal["pearson", "spearman"] = "pearson") -> Estimate:
    """Pearson's r or Spearman's rho (scipy) with a 95% interval by the Fisher z transform.

    The standard error of z is 1/sqrt(n-3) for Pearson and Bonett and Wright's
    sqrt((1 + rho²/2)/(n-3)) for Spearman. Value None (interval -1–1) when n < 4 or an input is constant.
    """
    if len(x) != len(y):
        raise ValueError("x and y differ in length")
    if method not in ("pearson", "spearman"):
        raise ValueError(f"unknown correlation {method!r}: use 'pearson' or 'spearman'")
    n = len(x)
    undefined = Estimate(None, -1.0, 1.0, n, method="fisher-z")
    if n < 4:
        return undefined
    import numpy as np
    from scipy import stats

    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if np.ptp(xs) == 0 or np.ptp(ys) == 0:
        return undefined
    if method == "pearson":
        r = float(stats.pearsonr(xs, ys).statistic)
        se = 1 / math.sqrt(n - 3)
    else:
        r = float(stats.spearmanr(xs, ys).statistic)
        se = math.sqrt((1 + r * r / 2) / (n - 3))
    r = min(1.0, max(-1.0, r))
    if abs(r) == 1.0:  # z is infinite: a perfect correlation leaves nothing to vary
        return Estimate(r, r, r, n, method="fisher-z")
    z = math.atanh(r)
    return Estimate(r, math.tanh(z - Z95 * se), math.tanh(z + Z95 * se), n, method="fisher-z")


def _non_empty(groups: Mapping[str, Sequence[bool]]) -> list[list[bool]]:
    return [[bool(v) for v in verdicts] for verdicts in groups.values() if len(verdicts)]


def group_gap(groups: Mapping[str, Sequence[bool]]) -> Estimate:
    """The largest difference between group rates (max - min over the non-empty groups); n is the number of items.

    The interval holds the true gap whenever every group's true rate lies in its Wilson
    interval at the Bonferroni level 0.05/k, which happens with at least 95% confidence:
    ``[max(0, max low - min high), max high - min low]``. (A percentile bootstrap of max - min
    would not do: noise alone spreads equal groups' rates, so for a fair model it can miss 0.)
    Value None (interval 0–1) when fewer than two groups have items.
    """
    filled = _non_empty(groups)
    n = sum(map(len, filled))
    if len(filled) < 2:
        return Estimate(None, 0.0, 1.0, n, method="wilson-bonferroni")
    z = NormalDist().inv_cdf(1 - 0.05 / (2 * len(filled)))
    bounds = [wilson(sum(v), len(v), z) for v in filled]
    rates = [sum(v) / len(v) for v in filled]
    low = max(0.0, max(lo for lo, _ in bounds) - min(hi for _, hi in bounds))
    high = max(hi for _, hi in bounds) - min(lo for lo, _ in bounds)
    return Estimate(max(rates) - min(rates), low, high, n, method="wilson-bonferroni")


def _chi_square(trues: NDArray[Any], sizes: NDArray[Any], total_true: int) -> NDArray[Any]:
    """Pearson's chi-square of every row of ``trues`` (True counts per group) in the groups x {True, False}
    table with the given group sizes and True total (both columns non-empty)."""
    n = sizes.sum()
    expected_true = sizes * total_true / n
    expected_false = sizes * (n - total_true) / n
    falses = sizes - trues
    result: NDArray[Any] = ((trues - expected_true) ** 2 / expected_true).sum(axis=-1) + (
        (falses - expected_false) ** 2 / expected_false
    ).sum(axis=-1)
    return result


def independence_p_value(groups: Mapping[str, Sequence[bool]], seed: int = 0, rounds: int = 10000) -> Estimate:
    """p-value of "the rate is the same in every group", from the groups x {True, False} table.

    Pearson's chi-square test (scipy's ``chi2_contingency``, method "chi-square") when every
    expected count is at least 5, else a permutation test of the same statistic (method
    "permutation", ``rounds`` draws, seeded): p = (1 + draws at least as extreme) / (1 + rounds).
    Without Yates' continuity correction: scipy applies it to 2x2 tables only, so two groups
    would be judged on another footing than three, and it makes the test conservative; small
    tables, where it was meant to help, go to the permutation test instead.
    Every verdict the same gives p = 1.0. low = high = value (a p-value has no interval).
    Value None (low 0, high 1) when fewer than two groups have items; n is the number of items.
    """
    filled = _non_empty(groups)
    n = sum(map(len, filled))
    if len(filled) < 2:
        return Estimate(None, 0.0, 1.0, n, method="chi-square")
    import numpy as np

    sizes = np.array([len(verdicts) for verdicts in filled])
    trues = np.array([sum(verdicts) for verdicts in filled])
    total_true = int(trues.sum())
    if total_true in (0, n):  # nothing differs between groups (and the statistic is 0/0)
        return Estimate(1.0, 1.0, 1.0, n, method="chi-square")
    if (np.outer(sizes, [total_true, n - total_true]) / n).min() >= _MIN_EXPECTED:
        from scipy.stats import chi2_contingency

        p = float(chi2_contingency(np.column_stack([trues, sizes - trues]), correction=False).pvalue)
        return Estimate(p, p, p, n, method="chi-square")
    # Shuffling the verdicts across groups keeps the group sizes and the True total; the True
    # counts per group it gives follow the multivariate hypergeometric law, drawn directly.
    drawn = np.random.default_rng(seed).multivariate_hypergeometric(sizes, total_true, size=rounds)
    observed = _chi_square(trues, sizes, total_true)
    # Tables with the same statistic in exact arithmetic may differ in the last bits.
    extreme = int(np.count_nonzero(_chi_square(drawn, sizes, total_true) >= observed * (1 - 1e-9)))
    p = (1 + extreme) / (1 + rounds)
    return Estimate(p, p, p, n, method="permutation")
