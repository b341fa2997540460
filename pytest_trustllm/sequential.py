"""Sequential gating: a test's cases come in rounds, in a seeded random order, and generation stops once
the verdict of the full run is settled.

The population is the test's own cases (``N`` of them, after ``--trust-sample``): a full run
would score every one, so its verdict is a function of ``K``, the number of the ``N`` the
scorer calls true. A prefix of a seeded random order is a sample drawn without
replacement from that population, and the prior-posterior-ratio confidence sequence of
Waudby-Smith & Ramdas ("Confidence sequences for sampling without replacement", NeurIPS
2020, section 3) covers ``K`` at every round at once: with a beta-binomial prior on ``K``,
``P(K leaves the set at any look) <= alpha`` (Ville's inequality on the ratio, a
martingale under the hypergeometric draw). A test stops once every ``K`` the set holds gives
the same full-run verdict; it then differs from the full run's verdict with probability at
most ``alpha``, however often it looked. A borderline model never settles and runs every
case, so it never generates more than the full run and its verdict is the full run's.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

from .datasets import Answer, Case
from .stats import Decision, Threshold, decidable, decide

PENDING = "not generated: sequential gating settled the verdict without it"
"""The error of a placeholder answer for a case the gate did not generate (scorers never see it)."""

ROUND = 4
"""Fewest cases (or units) an open test adds per round; a round adds a quarter of what the test has, if more,
so a test looks often while it is small and a large one needs few rounds (looks cost nothing in validity)."""

PRIOR_WEIGHT = 4.0
"""Pseudo-cases of the prior on K, centred on the threshold (plus a Jeffreys half case each side)."""


def is_pending(answer: Answer) -> bool:
    return answer.error == PENDING


def pending(case: Case, model: str) -> Answer:
    return Answer(case, "", model, PENDING)


def seeded_order(cases: Sequence[Case], seed: int, unit: str | None = None) -> list[Case]:
    """``cases`` in a random order fixed by ``seed`` and each case's id (units kept together), so any
    prefix is a fair sample, and a case has the same place in every test that shares it."""

    def rank(key: str) -> bytes:
        return hashlib.sha256(f"{seed}:{key}".encode()).digest()

    if unit is None:
        return sorted(cases, key=lambda c: rank(c.id))
    return sorted(cases, key=lambda c: (rank(str(c[unit])), c.id))


def confidence_sequence(population: int, n: int, k: int, alpha: float, prior_mean: float = 0.5) -> tuple[int, int]:
    """The smallest and largest count ``K`` of true verdicts among ``population`` units that stay in the
    (1 - alpha) confidence sequence after ``k`` of ``n`` units drawn without replacement were true.

    The set is every K whose prior-to-posterior ratio is below 1/alpha (Waudby-Smith & Ramdas 2020).
    """
    if n >= population:
        return k, k
    a = 0.5 + PRIOR_WEIGHT * prior_mean
    b = 0.5 + PRIOR_WEIGHT * (1.0 - prior_mean)
    limit = math.log(1.0 / alpha)
    kept = [  # only K from k to k + (population - n) are consistent with what was seen
        count
        for count in range(k, k + population - n + 1)
        if log_betabinom(count, population, a, b) - log_betabinom(count - k, population - n, a + k, b + n - k) < limit
    ]
    if not kept:  # cannot happen for a proper prior (the ratio averages 1 under the posterior)
        return k, k + population - n
    return kept[0], kept[-1]


def log_betabinom(k: int, n: int, a: float, b: float) -> float:
    """log P(k) of the beta-binomial(n, a, b) distribution (what ``scipy.stats.betabinom.logpmf`` gives,
    without the second it takes to import scipy.stats)."""
    return _log_choose(n, k) + _log_beta(k + a, n - k + b) - _log_beta(a, b)


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def full_verdict(count: int, population: int, threshold: Threshold, decision: Decision) -> bool | None:
    """The verdict a full run would give a rate of ``count`` out of ``population`` (None: undecidable)."""
    if not decidable(population, threshold, decision):
        return None
    return decide(count, population, threshold, decision)


@dataclass(frozen=True)
class Look:
    """One look at a rate: the range of full-run counts still possible, and the verdict if it is settled."""

    low: int
    high: int
    settled: bool
    verdict: bool | None


def look(population: int, n: int, k: int, threshold: Threshold, decision: Decision, confidence: float) -> Look:
    """Whether ``k`` of ``n`` sampled units settle the full run's verdict on ``population`` units.

    The full-run verdict is monotone in K (fail, then undecided, then pass, or the reverse), so
    it is the same for every K in the set when it is the same at both ends.
    """
    prior_mean = min(max(threshold.limit, 0.0), 1.0)
    low, high = confidence_sequence(population, n, k, 1.0 - confidence, prior_mean)
    first = full_verdict(low, population, threshold, decision)
    last = full_verdict(high, population, threshold, decision)
    return Look(low, high, first == last, first if first == last else None)


@dataclass
class Gate:
    """One test's progress through the rounds: its cases in order, how many are generated, why it stopped."""

    order: list[Case]
    unit: str | None
    model: str
    generated: int = 0
    """Cases generated (a prefix of ``order``)."""
    stopped: str = ""
    """Why the test needs no more cases ("" while it is open)."""

    @property
    def planned(self) -> int:
        return len(self.order)

    def next_round(self, size: int | None = None) -> list[Case]:
        """The cases of the next ``size`` units (all cases of a unit together; default: the round's growth)."""
        size = size or max(ROUND, self.generated // 4)
        end, units = self.generated, 0
        while end < len(self.order) and units < size:
            key = None if self.unit is None else self.order[end][self.unit]
            while end < len(self.order) and (self.unit is None or self.order[end][self.unit] == key):
                end += 1
                if self.unit is None:
                    break
            units += 1
        fresh = self.order[self.generated : end]
        self.generated = end
        return fresh

    @property
    def complete(self) -> bool:
        return self.generated >= len(self.order)

    def summary(self) -> dict[str, int | str]:
        """What the report says: cases generated, what the fixed design would use, why it stopped."""
        return {"generated": self.generated, "planned": self.planned, "stopped": self.stopped}
