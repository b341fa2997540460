"""The ``trust`` fixture: measure a rate over answers, record it, and pass or fail the test."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .datasets import Answer, excerpt
from .evaluators import Evaluator
from .evaluators.judge import Judge
from .secrets import redact
from .stats import Decision, Threshold, decidable, decide, meets, wilson
from .suite import TrustSpec, threshold_keys

RECORD_KEY = "trustllm"
ERROR_KEY = "trustllm_error"
"""A user property marking a test that ended in errors, not a verdict (reported as ERROR)."""
MAX_EXAMPLES = 5
MIN_SCORED = 10
"""Fewest answers a non-rate metric (such as calibration error) is estimated from."""


@dataclass(frozen=True)
class Rate:
    """A measured rate with its 95% Wilson interval and the verdict on its threshold."""

    metric: str
    k: int
    n: int
    threshold: Threshold
    passed: bool | None
    errors: int = 0
    """Answers left out of k and n: failed requests or unparseable judge verdicts."""

    @property
    def value(self) -> float:
        return self.k / self.n if self.n else float("nan")

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.k, self.n)

    def __str__(self) -> str:
        low, high = self.interval
        miss = "<" if self.threshold.direction == "min" else ">"
        verdict = f" {miss} {self.threshold.limit:g}" if self.passed is False else f" (needs {self.threshold})"
        return (
            f"{self.metric.replace('_', ' ')} {self.value:.3f} ({self.k}/{self.n}, 95% CI {low:.3f}–{high:.3f})"
            f"{verdict}"
        )


class Checker:
    """Bound to one test: knows its model, group, thresholds and the decision policy."""

    def __init__(
        self,
        item: pytest.Item,
        spec: TrustSpec,
        model: str,
        group: str | None,
        overrides: Mapping[str, Mapping[str, Threshold | float]],
        decision: Decision,
        judge: Judge | None = None,
        error_tolerance: float = 0.05,
    ) -> None:
        self.item, self.spec, self.model, self.group = item, spec, model, group
        self.overrides, self.decision = overrides, decision
        self.judge, self.error_tolerance = judge, error_tolerance

    def threshold(self, metric: str) -> Threshold:
        """The test's default for ``metric``, unless the config overrides it."""
        if metric not in self.spec.thresholds:
            declared = ", ".join(self.spec.thresholds) or "none"
            pytest.fail(
                f"pytest-trustllm: {self.item.nodeid}: metric {metric!r} has no default threshold; declare it in "
                f"@pytest.mark.trust(thresholds={{{metric!r}: '>= N'}}) (declared: {declared})",
                pytrace=False,
            )
        default = self.spec.thresholds[metric]
        for key in threshold_keys(self.spec, self.group):
            value = self.overrides.get(key, {}).get(metric)
            if isinstance(value, Threshold):
                return value
            if value is not None:
                return Threshold(value, default.direction)
        return default

    def rate(self, metric: str, answers: Sequence[Answer], evaluator: Evaluator) -> Rate:
        """Share of answers the evaluator approves; fails the test when it misses the threshold.

        Answers whose request failed, and answers the judge gave no valid verdict on, are left
        out of k and n and counted as errors; more than ``error_tolerance`` of them ends the
        test as an error, not a verdict.
        """
        usable = [a for a in answers if a.error is None]
        errors = [a.error for a in answers if a.error is not None]
        failed_requests = len(errors)
        name, kept, verdicts = self._judge(evaluator, usable, errors)
        self._check_errors(len(answers), errors, failed_requests)
        return self.rate_of(metric, verdicts, kept, name, errors=len(errors))

    def rate_of(
        self, metric: str, verdicts: Sequence[bool], examples: Sequence[Answer], evaluator: str, errors: int = 0
    ) -> Rate:
        """The share of true ``verdicts`` (one per unit: an answer, a pair, a group), checked and recorded.

        ``examples[i]`` is the answer to show when unit i lands on the failing side (false
        for a ``>=`` threshold, true for a ``<=`` one).
        """
        threshold = self.threshold(metric)
        k, n = sum(verdicts), len(verdicts)
        can_decide = decidable(n, threshold, self.decision)
        passed = decide(k, n, threshold, self.decision) if can_decide else None
        result = Rate(metric, k, n, threshold, passed, errors)
        good = threshold.direction == "min"
        bad = [a for a, verdict in zip(examples, verdicts, strict=True) if verdict != good]
        low, high = result.interval
        self._record(metric, result.value if n else None, low, high, k, n, threshold, passed, evaluator, bad, errors)
        if not can_decide:
            pytest.skip(
                f"{result}: {n} cases cannot decide {threshold} under the '{self.decision}' decision; "
                "run more cases (drop --trust-sample or raise it) or use decision: point"
            )
        if result.passed is False:
            pytest.fail(redact(self._explain(str(result), evaluator, bad, errors)), pytrace=False)
        return result

    def score(
        self,
        metric: str,
        value: float,
        interval: tuple[float, float],
        n: int,
        evaluator: str,
        examples: Sequence[Answer] = (),
    ) -> bool:
        """Check a metric that is not a simple rate (e.g. calibration error) with its own 95% interval.

        ``point`` compares the value; ``lenient`` fails only when the whole interval misses the
        threshold; ``strict`` passes only when the whole interval meets it.
        """
        threshold = self.threshold(metric)
        low, high = interval
        if n < MIN_SCORED:  # a bootstrap over a handful of answers claims a certainty it doesn't have
            pytest.skip(f"{metric}: only {n} usable answers, too few to estimate it (at least {MIN_SCORED})")
        passed = meets(value, interval, threshold, self.decision)
        self._record(metric, value, low, high, None, n, threshold, passed, evaluator, examples, 0)
        if not passed:
            miss = "<" if threshold.direction == "min" else ">"
            interval_text = f"95% CI {low:.3f}–{high:.3f}"
            text = f"{metric.replace('_', ' ')} {value:.3f} (n={n}, {interval_text}) {miss} {threshold.limit:g}"
            pytest.fail(redact(self._explain(text, evaluator, examples, 0)), pytrace=False)
        return passed

    def _judge(
        self, evaluator: Evaluator, usable: list[Answer], errors: list[str]
    ) -> tuple[str, list[Answer], list[bool]]:
        """(evaluator name for the report, answers judged, their verdicts); adds judge errors to ``errors``."""
        task = evaluator.judged_by
        if self.judge is None or task is None:
            if evaluator.judge is None:
                self._error(f"evaluator {evaluator.name!r} needs a judge model: run with --judge SPEC")
            return evaluator.name, usable, [evaluator(a) for a in usable]
        kept: list[Answer] = []
        verdicts: list[bool] = []
        for answer, verdict in zip(usable, self.judge.verdicts(task, usable), strict=True):
            if verdict.error is not None:
                errors.append(verdict.error)
            else:
                kept.append(answer)
                verdicts.append(verdict.label == evaluator.expect)
        return f"judge:{self.judge.name} ({task.name})", kept, verdicts

    def _check_errors(self, total: int, errors: Sequence[str], failed_requests: int) -> None:
        if errors and len(errors) > self.error_tolerance * total:
            parts = [f"{failed_requests} failed requests to {self.model}"] if failed_requests else []
            if len(errors) > failed_requests and self.judge is not None:
                parts.append(f"{len(errors) - failed_requests} failed verdicts of judge {self.judge.name}")
            self._error(
                f"{len(errors)} of {total} answers could not be scored ({', '.join(parts)}; "
                f"tolerance {self.error_tolerance:.0%}); last error: {errors[-1]}"
            )

    def _error(self, message: str) -> None:
        """End the test as an error (not a verdict): reported as ERROR by the plugin."""
        message = redact(f"pytest-trustllm: {self.item.nodeid}: {message}")
        self.item.user_properties.append((ERROR_KEY, message))
        pytest.fail(message, pytrace=False)

    def _explain(self, headline: str, evaluator: str, bad: Sequence[Answer], errors: int) -> str:
        left_out = f", {errors} errors left out" if errors else ""
        lines = [headline, f"  model {self.model}, evaluator {evaluator}, decision {self.decision}{left_out}"]
        if bad:
            lines.append(f"failing examples ({min(len(bad), MAX_EXAMPLES)} of {len(bad)}):")
            for ex in _examples(bad):
                lines += [f"  [{ex['id']}]", f"    prompt: {ex['prompt']!r}", f"    answer: {ex['answer']!r}"]
        return "\n".join(lines)

    def _record(
        self,
        metric: str,
        value: float | None,
        low: float,
        high: float,
        k: int | None,
        n: int,
        threshold: Threshold,
        passed: bool | None,
        evaluator: str,
        bad: Sequence[Answer],
        errors: int,
    ) -> None:
        record: dict[str, Any] = {
            "model": self.model,
            "test": self.item.nodeid,
            "label": _label(self.item, self.group),
            "dimension": self.spec.dimension,
            "subcategory": self.spec.subcategory,
            "group": self.group,
            "metric": metric,
            "value": None if value is None else round(value, 6),
            "k": k,
            "n": n,
            "errors": errors,
            "ci_low": round(low, 6),
            "ci_high": round(high, 6),
            "threshold": threshold.limit,
            "direction": threshold.direction,
            "decision": self.decision,
            "passed": passed,
            "evaluator": evaluator,
            "examples": _examples(bad),
        }
        # user_properties travel with the test report, so pytest-xdist brings them to the controller.
        self.item.user_properties.append((RECORD_KEY, record))


def _label(item: pytest.Item, group: str | None) -> str:
    """A row of the summary table: module, class and test name without parameters, plus the group."""
    module, *names = item.nodeid.split("[", 1)[0].split("::")
    return "::".join([Path(module).stem, *names]) + (f"[{group}]" if group is not None else "")


def _examples(bad: Sequence[Answer]) -> list[dict[str, str]]:
    return [
        {"id": a.case.id, "prompt": excerpt(a.prompt, 120), "answer": excerpt(a.text, 200)}
        for a in bad[:MAX_EXAMPLES]
    ]
