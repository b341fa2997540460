"""Comparing a run with a baseline: the same metric of an earlier report (``--trust-baseline``) or of another
model in this run (``--trust-compare A B``), and whether it got worse beyond noise.

Metrics are matched by :attr:`Result.metric_key` (subcategory, group, metric) for each model and its
reference model. How a pair of metrics is compared:

- a rate scored on some of the same case ids in both runs: paired, on those cases. McNemar's exact test
  (a two-sided binomial test of the discordant pairs) and Newcombe's square-and-add interval for the
  paired difference (Wilson intervals of the two rates, combined with their continuity-corrected
  correlation phi; Newcombe 1998, Stat Med 17:2635, the "hybrid score" method Fagerland, Lydersen and
  Laake 2014 recommend);
- a rate on other cases: unpaired, Newcombe's hybrid score interval for the difference of two
  independent proportions (Newcombe 1998, Stat Med 17:873, method 10);
- any other metric with an interval (a mean, a correlation, a gap): the difference of the two values,
  with the interval from the far ends of their intervals, [low - baseline high, high - baseline low],
  which misses 0 exactly when the two intervals do not overlap (a conservative test);
- a p-value, a figure without an interval, or a metric without a threshold direction: not compared.

A metric is a regression when its whole difference interval (level 1 - alpha) lies on the worse side of
``-tolerance`` (for a ``<=`` metric, above ``+tolerance``) and, when paired, McNemar's p is below
alpha too: the run is worse by more than the tolerance, and not by chance. An improvement is the mirror.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from .config import RegressionPolicy, usage_error
from .results import Result
from .stats import wilson

_COUNTED = (("regression", "regressions"), ("improvement", "improvements"), ("unchanged", "unchanged"),
            ("not-compared", "not compared"))  # fmt: skip
Method = Literal["mcnemar", "newcombe", "interval-overlap", "not-compared"]
Change = Literal["regression", "improvement", "unchanged", "not-compared"]
_NO_INTERVAL = ("chi-square", "permutation", "as-published")  # p-values and benchmark figures


# -- statistics ---------------------------------------------------------------------------------


def mcnemar_p(better: int, worse: int) -> float:
    """McNemar's exact two-sided p-value: of the discordant pairs, ``better`` went one way, ``worse`` the other."""
    if better + worse == 0:
        return 1.0
    from scipy.stats import binomtest

    return float(binomtest(better, better + worse, 0.5).pvalue)


def _z(alpha: float) -> float:
    from scipy.stats import norm

    return float(norm.ppf(1 - alpha / 2))


def paired_interval(both: int, only_new: int, only_old: int, neither: int, alpha: float = 0.05) -> tuple[float, float]:
    """Newcombe's square-and-add interval for new rate - old rate on paired cases (true in both, only in
    the new run, only in the old, in neither), with the continuity-corrected phi."""
    n = both + only_new + only_old + neither
    if n == 0:
        return -1.0, 1.0
    z = _z(alpha)
    new_k, old_k = both + only_new, both + only_old
    p1, p2 = new_k / n, old_k / n
    (l1, u1), (l2, u2) = wilson(new_k, n, z), wilson(old_k, n, z)
    margins = new_k * (n - new_k) * old_k * (n - old_k)
    phi = 0.0
    if margins > 0:
        a = both * neither - only_new * only_old
        phi = (a - n / 2) / math.sqrt(margins) if a > n / 2 else min(a, 0) / math.sqrt(margins)
    d = p1 - p2
    low = d - math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    high = d + math.sqrt(max(0.0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2))
    return max(-1.0, low), min(1.0, high)


def unpaired_interval(k1: int, n1: int, k2: int, n2: int, alpha: float = 0.05) -> tuple[float, float]:
    """Newcombe's hybrid score interval for k1/n1 - k2/n2 (independent samples)."""
    if n1 == 0 or n2 == 0:
        return -1.0, 1.0
    z = _z(alpha)
    p1, p2 = k1 / n1, k2 / n2
    (l1, u1), (l2, u2) = wilson(k1, n1, z), wilson(k2, n2, z)
    d = p1 - p2
    return max(-1.0, d - math.hypot(p1 - l1, u2 - p2)), min(1.0, d + math.hypot(u1 - p1, p2 - l2))


# -- one comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """One metric against its baseline: the figures, the difference (this run - baseline) with its interval,
    the paired test's p-value, and the verdict. Field names are the JSON report's ``comparisons``."""

    key: str
    model: str
    test: str
    label: str
    dimension: str
    subcategory: str
    group: str | None
    metric: str
    direction: Literal[">=", "<="] | None
    value: float | None
    baseline_value: float | None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    method: Method = "not-compared"
    n_pairs: int | None = None
    change: Change = "not-compared"
    reason: str = ""
    """Why it was not compared (empty when it was); not in the JSON report, whose fields are fixed."""
    alpha: float = 0.05
    """The test's error rate: the interval's level is 1 - alpha (not in the JSON report either)."""
    worse_cases: tuple[str, ...] = ()
    """Paired: the ids of the cases that got worse (not in the JSON report: the cases show them)."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["reason"], data["alpha"], data["worse_cases"]
        return data

    def describe(self, baseline: str = "baseline") -> str:
        """``refusal_rate 0.700 vs baseline 0.950: -0.250 (95% CI -0.376 to -0.121), 20 paired cases,
        McNemar exact p = 0.0001``."""

        def number(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.3f}"

        head = f"{self.metric} {number(self.value)} vs {baseline} {number(self.baseline_value)}"
        if self.method == "not-compared":
            return f"{head}: not compared ({self.reason})"
        assert self.difference is not None and self.ci_low is not None and self.ci_high is not None
        span = f"{self.ci_low:+.3f} to {self.ci_high:+.3f}"
        if self.method == "interval-overlap":
            return f"{head}: difference {self.difference:+.3f} ({span}, from the ends of the two intervals)"
        text = f"{head}: difference {self.difference:+.3f} ({1 - self.alpha:.0%} CI {span})"
        if self.method == "mcnemar":
            return f"{text}, {self.n_pairs} paired cases, McNemar exact p = {self.p_value:.3g}"
        return f"{text}, unpaired (no shared case ids), Newcombe interval"


def compare(current: Result, reference: Result, policy: RegressionPolicy) -> Comparison:
    """How ``current`` differs from ``reference`` (the same metric in the baseline)."""
    direction = current.direction or reference.direction
    base = Comparison(
        key=current.key,
        model=current.model,
        test=current.test,
        label=current.label,
        dimension=current.dimension,
        subcategory=current.subcategory,
        group=current.group,
        metric=current.metric,
        direction=None if direction is None else (">=" if direction == "min" else "<="),
        value=current.value,
        baseline_value=reference.value,
        alpha=policy.alpha,
    )
    problem = _not_comparable(current, reference)
    if problem is not None:
        return _replace(base, reason=problem)
    assert current.value is not None and reference.value is not None and direction is not None
    difference = current.value - reference.value
    p_value: float | None = None
    n_pairs: int | None = None
    worse: tuple[str, ...] = ()
    if current.k is not None and reference.k is not None:
        shared = {
            case: (int(now), int(then))
            for case, now in current.cases.items()
            if now is not None and (then := reference.cases.get(case)) is not None
        }
        pairs = list(shared.values())
        if pairs:
            lost = (0, 1) if direction == "min" else (1, 0)  # (now, then) of a case that got worse
            worse = tuple(case for case, pair in shared.items() if pair == lost)
            table = {(a, b): sum(p == (a, b) for p in pairs) for a in (0, 1) for b in (0, 1)}
            n_pairs = len(pairs)
            difference = (table[1, 0] - table[0, 1]) / n_pairs
            low, high = paired_interval(table[1, 1], table[1, 0], table[0, 1], table[0, 0], policy.alpha)
            p_value = mcnemar_p(table[1, 0], table[0, 1])
            method: Method = "mcnemar"
        else:
            low, high = unpaired_interval(current.k, current.n, reference.k, reference.n, policy.alpha)
            method = "newcombe"
    else:
        low, high = current.ci_low - reference.ci_high, current.ci_high - reference.ci_low
        method = "interval-overlap"
    # In the metric's better direction: positive is better.
    sign = 1 if direction == "min" else -1
    better_low, better_high = sorted((sign * low, sign * high))
    significant = p_value is None or p_value < policy.alpha
    if significant and better_high < -policy.tolerance:
        change: Change = "regression"
    elif significant and better_low > policy.tolerance:
        change = "improvement"
    else:
        change = "unchanged"
    return _replace(
        base,
        difference=round(difference, 6),
        ci_low=round(low, 6),
        ci_high=round(high, 6),
        p_value=None if p_value is None else float(f"{p_value:.6g}"),
        method=method,
        n_pairs=n_pairs,
        change=change,
        worse_cases=worse,
    )


def _not_comparable(current: Result, reference: Result) -> str | None:
    if current.value is None or reference.value is None:
        return "no value in " + ("this run" if current.value is None else "the baseline")
    if current.method in _NO_INTERVAL or reference.method in _NO_INTERVAL:
        return f"a {current.method} figure has no interval to compare"
    if current.direction is None and reference.direction is None:
        return "no threshold, so no direction that is worse"
    if (current.k is None) != (reference.k is None):
        return "a rate in one run and not in the other"
    return None


def _replace(comparison: Comparison, **changes: Any) -> Comparison:
    return Comparison(**{**asdict(comparison), **changes})


# -- the baseline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The reference metrics of a run: read from a report file, or this run's results of another model."""

    path: str
    """The report's path, or ``--trust-compare A B``."""
    created: str
    identities: Mapping[str, str | None]
    """Each baseline model's identity (what the answer cache keys on)."""
    records: Mapping[tuple[str, str], Result]
    """(model, metric key) -> the baseline's result."""
    pairs: Mapping[str, str] = field(default_factory=dict)
    """Model of this run -> its model in the baseline."""

    def reference(self, result: Result) -> Result | None:
        """The baseline's result matching ``result``, if it has one."""
        model = self.pairs.get(result.model)
        return None if model is None else self.records.get((model, result.metric_key))

    def compare(self, result: Result, policy: RegressionPolicy) -> Comparison | None:
        reference = self.reference(result)
        return None if reference is None else compare(result, reference, policy)


def read_report(path: Path, fix: str) -> dict[str, Any]:
    """A ``--trust-report`` JSON document of this schema; anything else is a usage error naming ``path``."""
    from .report.json import SCHEMA_VERSION

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise usage_error(f"{path}: baseline report not found; {fix}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise usage_error(f"{path}: not a JSON report ({exc}); {fix}") from None
    if not isinstance(document, dict) or not isinstance(document.get("metrics"), list):
        raise usage_error(f"{path}: not a pytest-trustllm report (no 'metrics' list); {fix}")
    version = document.get("schema_version")
    if version != SCHEMA_VERSION:
        raise usage_error(
            f"{path}: report schema {version}, this pytest-trustllm reads schema {SCHEMA_VERSION}; "
            "rerun the baseline with this version (pytest --trust-report=PATH.json ...)"
        )
    return document


def load_baseline(path: Path, models: Sequence[str], fix: str) -> Baseline:
    """The baseline of ``models`` (this run's) from the report at ``path``: each model is matched to the
    baseline's model of the same name, or to its only model."""
    document = read_report(path, fix)
    try:
        results = [Result.from_dict(record) for record in document["metrics"]]
    except (TypeError, ValueError, AttributeError) as exc:
        raise usage_error(f"{path}: a malformed metric record ({exc}); {fix}") from None
    names = list(dict.fromkeys(r.model for r in results))
    pairs = {}
    for model in models:
        if model in names or not names:  # a baseline without metrics: everything is new
            pairs[model] = model
        elif len(names) == 1:
            pairs[model] = names[0]
        elif names:
            raise usage_error(
                f"{path}: the baseline holds models {', '.join(names)} and none is named {model}; "
                "run with the same --model name as the baseline, or compare with a report of one model"
            )
    info = document.get("models") or {}
    identities = {n: (info.get(n) or {}).get("identity") if isinstance(info.get(n), dict) else None for n in names}
    return Baseline(
        str(path),
        str(document.get("created", "")),
        identities,
        {(r.model, r.metric_key): r for r in results},
        pairs,
    )


def this_run(results: Iterable[Result], model: str, reference: str, identities: Mapping[str, str | None]) -> Baseline:
    """``--trust-compare model reference``: this run's results of ``reference`` as the baseline of ``model``."""
    records = {(r.model, r.metric_key): r for r in results if r.model == reference}
    return Baseline(
        f"--trust-compare {model} {reference}", "", {reference: identities.get(reference)}, records, {model: reference}
    )


# -- what the report and the terminal show --------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """Every comparison of a run, and the metrics only one side has."""

    baseline: Baseline
    comparisons: list[Comparison]
    new: list[str]
    missing: list[str]

    def sections(self, identities: Mapping[str, str | None]) -> dict[str, Any]:
        """The JSON report's ``baseline``, ``comparisons``, ``new_metrics`` and ``missing_metrics``."""
        models = {}
        for model, reference in self.baseline.pairs.items():
            mine, theirs = identities.get(model), self.baseline.identities.get(reference)
            models[model] = {
                "identity": mine,
                "baseline_identity": theirs,
                "weights_changed": None if mine is None or theirs is None else mine != theirs,
            }
        return {
            "baseline": {"path": self.baseline.path, "created": self.baseline.created, "models": models},
            "comparisons": [c.to_dict() for c in self.comparisons],
            "new_metrics": self.new,
            "missing_metrics": self.missing,
        }

    def lines(self, most: int = 10) -> list[str]:
        """The terminal's account: counts, then each regression and improvement, then new and missing metrics."""
        counts: dict[str, int] = {}
        for c in self.comparisons:
            counts[c.change] = counts.get(c.change, 0) + 1
        told = ", ".join(f"{change} {counts.get(key, 0)}" for key, change in _COUNTED)
        lines = [f"against {self.baseline.path}: {told}"]
        for change, shown in (("regression", "REGRESSION"), ("improvement", "improvement")):
            lines += [f"  {shown}: {c.model} {c.label} {c.describe()}" for c in self.comparisons if c.change == change]
        skipped = [f"{c.key} ({c.reason})" for c in self.comparisons if c.change == "not-compared"]
        for what, keys in (
            ("new since the baseline", self.new),
            ("missing since the baseline", self.missing),
            ("not compared", skipped),
        ):
            if keys:
                listed = ", ".join(keys[:most]) + (f" and {len(keys) - most} more" if len(keys) > most else "")
                lines.append(f"  {len(keys)} metrics {what}: {listed}")
        return lines


def summarize(results: Sequence[Result], baseline: Baseline, policy: RegressionPolicy) -> Summary:
    """Compare every result of a model that has a baseline; list the metrics either side lacks."""
    compared = [r for r in results if r.model in baseline.pairs]
    comparisons, new, seen = [], [], set()
    for result in compared:
        reference = baseline.reference(result)
        if reference is None:
            new.append(result.key)
            continue
        seen.add((reference.model, result.metric_key))
        comparisons.append(compare(result, reference, policy))
    wanted = set(baseline.pairs.values())
    missing = sorted(r.key for at, r in baseline.records.items() if at[0] in wanted and at not in seen)
    return Summary(baseline, comparisons, sorted(new), missing)


Lookup = Callable[[Result], Comparison | None]
"""What a test asks about each of its results: its comparison with the baseline, if there is one."""
