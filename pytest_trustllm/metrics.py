"""Metrics beyond a simple rate: calibration error, macro-F1, and a bootstrap interval for them."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

ECE_BINS = 10


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = ECE_BINS) -> float:
    """Expected calibration error over equal-width confidence bins.

    Bin b holds confidences in [b/bins, (b+1)/bins) (the last bin includes 1.0); ECE is
    the mean over answers of |accuracy of its bin - mean confidence of its bin|, that is
    the bins' gaps weighted by their share of answers.
    """
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct differ in length")
    if not confidences:
        return 0.0
    members: list[list[int]] = [[] for _ in range(bins)]
    for i, c in enumerate(confidences):
        members[min(int(c * bins), bins - 1)].append(i)
    total = 0.0
    for idx in members:
        if idx:
            accuracy = sum(correct[i] for i in idx) / len(idx)
            confidence = sum(confidences[i] for i in idx) / len(idx)
            total += len(idx) * abs(accuracy - confidence)
    return total / len(confidences)


def macro_f1(predicted: Sequence[str | None], gold: Sequence[str], labels: Sequence[str]) -> float:
    """Unweighted mean of per-label F1; an unparsed prediction (None) is wrong for every label."""
    scores = []
    for label in labels:
        tp = sum(p == label and g == label for p, g in zip(predicted, gold, strict=True))
        fp = sum(p == label and g != label for p, g in zip(predicted, gold, strict=True))
        fn = sum(p != label and g == label for p, g in zip(predicted, gold, strict=True))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def bootstrap_interval(
    items: Sequence[T], statistic: Callable[[Sequence[T]], float], rounds: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """A 95% percentile bootstrap interval of ``statistic`` over ``items`` (deterministic by seed)."""
    if not items:
        return 0.0, 1.0
    rng = random.Random(seed)
    values = sorted(statistic([items[rng.randrange(len(items))] for _ in items]) for _ in range(rounds))
    return values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))]
