"""The ``trust`` fixture: score answers, turn the verdicts into a metric with its interval,
record it, and pass or fail the test against its threshold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

import pytest

from . import metrics, sequential
from .baseline import Comparison, Lookup
from .datasets import Answer
from .evaluators.base import MissingJudge, Reads, Scorer, Scoring, Unit, UnitRule, Verdict
from .metrics import Estimate
from .report.log import CASE_LOG, log_lines
from .results import MAX_EXAMPLES, RESULTS, SCORING_ERROR, Example, Result, Verdicts, label_of
from .secrets import redact
from .sequential import Gate, is_pending
from .stats import Decision, Threshold, decidable, meets
from .suite import TrustSpec, threshold_keys

MIN_SCORED = 10
"""Fewest units a metric other than a rate is estimated from."""

AnyScorer = Scorer | UnitRule


@dataclass(frozen=True)
class Scored:
    """A scorer's verdicts on the usable units, the answers each unit shows, and the units left out."""

    scorer: str
    verdicts: list[Any]
    shown: list[tuple[Answer, ...]]
    errors: int
    last_error: str = ""
    pending: int = 0
    """Units not generated yet (sequential gating): part of the full run's population, not of this estimate."""
    ids: list[str] = field(default_factory=list)
    """The id of each verdict's case (or unit), in order."""
    unscored: list[str] = field(default_factory=list)
    """Ids of the cases (or units) left out: a failed request, a scorer error."""
    readings: dict[int, Verdict] = field(default_factory=dict)
    """id(answer) -> the scorer's verdict on that answer (its value and reason), shown with a failing example."""
    left_out: list[tuple[Answer, ...]] = field(default_factory=list)
    """The answers of each unscored id, in order."""

    def by_id(self, values: Sequence[float | None], keep: Sequence[bool] | None = None) -> Verdicts:
        """Each verdict's ``value`` by case id (only where ``keep``); the unscored ids as None (all kept)."""
        chosen = zip(self.ids, values, keep or [True] * len(values), strict=True)
        left_out = dict.fromkeys(self.unscored) if keep is None else {}
        return {**left_out, **{case: value for case, value, kept in chosen if kept}}


class Checker:
    """Bound to one test: knows its model, group, thresholds, decision policy and how to score."""

    def __init__(
        self,
        item: pytest.Item,
        spec: TrustSpec,
        model: str,
        model_spec: str,
        group: str | None,
        overrides: Mapping[str, Mapping[str, Threshold | float]],
        decision: Decision,
        scoring: Scoring,
        error_tolerance: float = 0.05,
        undecided: str = "skip",
        baseline: Lookup | None = None,
        log: bool = False,
        gate: Gate | None = None,
        confidence: float = 0.95,
        probe: bool = False,
        budget: dict[str, Any] | None = None,
    ) -> None:
        self.item, self.spec, self.model, self.model_spec, self.group = item, spec, model, model_spec, group
        self.overrides, self.decision, self.scoring = overrides, decision, scoring
        self.error_tolerance, self.undecided, self.baseline = error_tolerance, undecided, baseline
        self.log = log
        # Sequential gating: the test's gate, the confidence its verdicts are settled at, and whether this
        # run is the gate's look between rounds (recording nothing) rather than the test itself.
        self.gate, self.confidence, self.probe = gate, confidence, probe
        self.looked = 0  # checks made
        self.open = 0  # checks whose full-run verdict is not settled yet
        self.failed = False  # a check failed (with a settled verdict)
        self.budget = budget  # the test's token budget, for its results (``--trust-budgets``)
        # Learning a test's budget (a probe on placeholders before anything is generated): what each check's
        # scorer reads of an answer (None: the whole answer), and no verdict ends the test's function.
        self.learning = False
        self.reads: list[Reads | None] = []

    # -- what suites call ---------------------------------------------------------

    def rate(self, metric: str, answers: Sequence[Answer], scorer: AnyScorer) -> Estimate:
        """The share of answers (or units) the scorer calls true, with its Wilson interval."""
        scored = self.scored(answers, scorer)
        verdicts = [_as_bool(v, scored.scorer) for v in scored.verdicts]
        estimate = metrics.rate(verdicts)
        threshold = self.threshold(metric)
        failing = [s for s, v in zip(scored.shown, verdicts, strict=True) if v != (threshold.direction == "min")]
        self._finish([self._check(metric, estimate, scored, failing, scored.by_id([int(v) for v in verdicts]))])
        return estimate

    def mean(self, metric: str, answers: Sequence[Answer], scorer: AnyScorer) -> Estimate:
        """The mean of numeric verdicts (a similarity, a rating), with a bootstrap interval; None verdicts
        (nothing to score) are left out."""
        scored = self.scored(answers, scorer)
        numbers = [(_as_number(v, scored.scorer), s) for v, s in zip(scored.verdicts, scored.shown, strict=True)]
        kept = [(x, s) for x, s in numbers if x == x]  # NaN: no verdict
        worst_first = sorted(kept, key=lambda p: p[0], reverse=self.threshold(metric).direction == "max")
        estimate = metrics.mean([x for x, _ in kept])
        cases = scored.by_id([None if x != x else x for x, _ in numbers])
        self._finish([self._check(metric, estimate, scored, [s for _, s in worst_first], cases)])
        return estimate

    def macro_f1(
        self, metric: str, answers: Sequence[Answer], scorer: AnyScorer, gold: str = "label", labels: Sequence[str] = ()
    ) -> Estimate:
        """Macro-F1 of predicted labels against the cases' ``gold`` field, plus each class's accuracy
        (reported, and checked when ``accuracy`` has a threshold)."""
        scored = self.scored(answers, scorer)
        truth = [str(shown[0].case[gold]) for shown in scored.shown]
        predicted = [None if v is None else str(v) for v in scored.verdicts]
        classes = list(labels) or sorted(set(truth))
        estimate = metrics.macro_f1(predicted, truth, classes)
        wrong = [s for s, p, t in zip(scored.shown, predicted, truth, strict=True) if p != t]
        right = [int(p == t) for p, t in zip(predicted, truth, strict=True)]
        checks = [self._check(metric, estimate, scored, wrong, scored.by_id(right))]
        per_class = metrics.class_accuracy(predicted, truth, classes)
        for label, accuracy in per_class.items():
            mine = [s for s, p, t in zip(scored.shown, predicted, truth, strict=True) if t == label and p != t]
            cases = scored.by_id(right, [t == label for t in truth])
            checks.append(self._check("accuracy", accuracy, scored, mine, cases, group=label, required=False))
        self._finish(checks)
        return estimate

    def correlation(
        self,
        metric: str,
        answers: Sequence[Answer],
        scorer: AnyScorer,
        reference: str,
        method: Literal["pearson", "spearman"] = "pearson",
    ) -> Estimate:
        """Correlation of numeric verdicts with the cases' ``reference`` field (Fisher-z interval)."""
        scored = self.scored(answers, scorer)
        numbers = [(_as_number(v, scored.scorer), s) for v, s in zip(scored.verdicts, scored.shown, strict=True)]
        cases = scored.by_id([None if x != x else x for x, _ in numbers])
        kept = [(x, s) for x, s in numbers if x == x]  # unreadable ratings (NaN) are left out
        ours = [x for x, _ in kept]
        theirs = [float(s[0].case[reference]) for _, s in kept]
        estimate = metrics.correlation(ours, theirs, method)
        far = sorted(kept, key=lambda p: -abs(_z(ours, p[0]) - _z(theirs, float(p[1][0].case[reference]))))
        self._finish([self._check(metric, estimate, scored, [s for _, s in far], cases)])
        return estimate

    def calibration(self, metric: str, answers: Sequence[Answer], scorer: AnyScorer) -> Estimate:
        """Expected calibration error of ``(confidence, correct)`` verdicts; None verdicts (no confidence)
        are left out. Shown: the most confident wrong answers."""
        scored = self.scored(answers, scorer)
        pairs = [(v, s) for v, s in zip(scored.verdicts, scored.shown, strict=True) if v is not None]
        confidences = [float(c) for (c, _), _ in pairs]
        right = [bool(r) for (_, r), _ in pairs]
        estimate = metrics.calibration_error(confidences, right)
        worst = [s for (c, r), s in sorted(pairs, key=lambda p: -float(p[0][0])) if not r]
        cases = scored.by_id([None if v is None else int(bool(v[1])) for v in scored.verdicts])
        self._finish([self._check(metric, estimate, scored, worst, cases)])
        return estimate

    def gap(self, metric: str, answers: Sequence[Answer], scorer: AnyScorer, by: str) -> Estimate:
        """Rates per value of the cases' ``by`` field, computed in one test, and how far they differ.

        Records ``METRIC`` per group, ``METRIC_gap`` (largest minus smallest group rate, with an
        interval from the groups' Bonferroni-adjusted Wilson intervals) and ``METRIC_p_value``
        (chi-square test that every group has the same rate, or a permutation test when counts
        are small). Each is checked when the test declares a threshold
        for it; at least one must be declared.
        """
        names = (metric, f"{metric}_gap", f"{metric}_p_value")
        if not any(name in self.spec.thresholds for name in names):
            self._usage(f"trust.gap: declare a threshold for one of {', '.join(names)} in @pytest.mark.trust")
        scored = self.scored(answers, scorer)
        verdicts = [_as_bool(v, scored.scorer) for v in scored.verdicts]
        groups: dict[str, list[bool]] = {}
        members: dict[str, list[tuple[Answer, ...]]] = {}
        for verdict, shown in zip(verdicts, scored.shown, strict=True):
            value = str(shown[0].case[by])
            groups.setdefault(value, []).append(verdict)
            if not verdict:
                members.setdefault(value, []).append(shown)
        rates = metrics.group_rates(groups)
        values = [int(v) for v in verdicts]
        of_group = [str(shown[0].case[by]) for shown in scored.shown]
        checks = [
            self._check(
                metric, estimate, scored, members.get(group, []), scored.by_id(values, [g == group for g in of_group]),
                group=group, required=False,
            )
            for group, estimate in rates.items()
        ]
        estimate = metrics.group_gap(groups)
        low = min(rates, key=lambda g: _or(rates[g].value, 1.0))
        cases = scored.by_id(values)
        checks.append(self._check(names[1], estimate, scored, members.get(low, []), cases, required=False))
        p_value = metrics.independence_p_value(groups)
        checks.append(self._check(names[2], p_value, scored, [], cases, required=False))  # the gap shows examples
        figures = "; ".join(f"{group} {rate}" for group, rate in rates.items())
        self._finish(checks, f"per {by}: {figures}")
        return estimate

    def value(
        self,
        metric: str,
        estimate: Estimate,
        scorer: str,
        examples: Sequence[Answer] = (),
        errors: int = 0,
        group: str | None = None,
        note: str = "",
    ) -> Estimate:
        """Check an estimate computed in the test itself (examples: what to show if it fails; group: the
        part of the test's cases it covers, like a source of a benchmark file; note: what it leaves out)."""
        self.reads.append(None)  # computed by the test itself, from whatever it read
        if self.probe:  # only a rate's full-run verdict can be settled from the answers so far
            self.open += 1
        scored = Scored(scorer, [], [], errors)
        self._finish([self._check(metric, estimate, scored, [(a,) for a in examples], {}, group=group, note=note)])
        return estimate

    # -- scoring ---------------------------------------------------------------------

    def scored(self, answers: Sequence[Answer], scorer: AnyScorer) -> Scored:
        """The scorer's verdicts on the usable answers (or units); too many errors end the test as an error."""
        failed_requests = sum(a.error is not None and not is_pending(a) for a in answers)
        try:
            if isinstance(scorer, UnitRule):
                scored = self._score_units(answers, scorer)
            else:
                scored = self._score_answers(answers, scorer)
        except MissingJudge as exc:
            self._error(str(exc))
        total = len(scored.verdicts) + scored.errors + scored.pending
        if scored.errors and scored.errors > self.error_tolerance * total:
            parts = [f"{failed_requests} failed requests to {self.model}"] if failed_requests else []
            if scored.errors > failed_requests and self.scoring.judge is not None:
                parts.append(f"{scored.errors - failed_requests} failed verdicts of judge {self.scoring.judge.name}")
            self._error(
                f"{scored.errors} of {total} {'units' if isinstance(scorer, UnitRule) else 'answers'} could not be "
                f"scored ({', '.join(parts) or 'scorer errors'}; tolerance {self.error_tolerance:.0%}); "
                f"last error: {scored.last_error}"
            )
        return scored

    def _score_answers(self, answers: Sequence[Answer], scorer: Scorer) -> Scored:
        resolved = self.scoring.resolve(scorer)
        self.reads.append(resolved.reads)
        usable = [a for a in answers if a.error is None]
        errors = [a.error for a in answers if a.error is not None and not is_pending(a)]
        left_out: list[tuple[Answer, ...]] = [(a,) for a in answers if a.error is not None and not is_pending(a)]
        verdicts: list[Any] = []
        shown: list[tuple[Answer, ...]] = []
        readings: dict[int, Verdict] = {}
        for answer, verdict in zip(usable, resolved.score(usable, self.scoring), strict=True):
            readings[id(answer)] = verdict
            if verdict.error is not None:
                errors.append(verdict.error)
                left_out.append((answer,))
            else:
                verdicts.append(verdict.value)
                shown.append((answer,))
        ids, unscored = [s[0].case.id for s in shown], [s[0].case.id for s in left_out]
        last, waiting = errors[-1] if errors else "", sum(map(is_pending, answers))
        return Scored(resolved.name, verdicts, shown, len(errors), last, waiting, ids, unscored, readings, left_out)

    def _score_units(self, answers: Sequence[Answer], scorer: UnitRule) -> Scored:
        unit = self.spec.unit
        if unit is None:
            self._usage(f"scorer {scorer.name!r} scores units: name the unit field in @pytest.mark.trust(unit=...)")
        per_answer = None if scorer.per_answer is None else self.scoring.resolve(scorer.per_answer)
        self.reads.append(None)  # a unit rule sees its answers whole
        usable = [a for a in answers if a.error is None]
        own = per_answer.score(usable, self.scoring) if per_answer is not None else None
        verdict_of = {id(a): v for a, v in zip(usable, own, strict=True)} if own is not None else {}
        units: dict[str, list[Answer]] = {}
        for answer in answers:
            units.setdefault(str(answer.case[unit]), []).append(answer)
        verdicts, shown, errors, ids, unscored, left_out, waiting = [], [], [], [], [], [], 0
        for unit_id, members in units.items():
            if any(map(is_pending, members)):
                waiting += 1
                continue
            problems = [a.error for a in members if a.error is not None]
            problems += [e for a in members if (e := getattr(verdict_of.get(id(a)), "error", None)) is not None]
            if problems:
                errors.append(problems[-1])
                unscored.append(unit_id)
                left_out.append(tuple(members))
                continue
            values = tuple(verdict_of[id(a)].value if own is not None else a.text for a in members)
            verdicts.append(scorer.fn(Unit(unit_id, tuple(members), values)))
            shown.append(tuple(members))
            ids.append(unit_id)
        name = scorer.name if per_answer is None else f"{scorer.name} over {per_answer.name}"
        last = errors[-1] if errors else ""
        return Scored(name, verdicts, shown, len(errors), last, waiting, ids, unscored, verdict_of, left_out)

    # -- thresholds and verdicts -------------------------------------------------------

    def threshold(self, metric: str, group: str | None = None, required: bool = True) -> Threshold:
        """The test's default for ``metric``, unless the config overrides it (for ``group``, then overall)."""
        found = self._threshold(metric, group)
        if found is None and required and metric not in self.spec.thresholds:
            declared = ", ".join(self.spec.thresholds) or "none"
            self._usage(
                f"metric {metric!r} has no default threshold; declare it in "
                f"@pytest.mark.trust(thresholds={{{metric!r}: '>= N'}}) (declared: {declared})"
            )
        return found or Threshold(0.0, "min")

    def _threshold(self, metric: str, group: str | None) -> Threshold | None:
        default = self.spec.thresholds.get(metric)
        for key in threshold_keys(self.spec, group if group is not None else self.group):
            value = self.overrides.get(key, {}).get(metric)
            if isinstance(value, Threshold):
                return value
            if value is not None and default is not None:
                return Threshold(value, default.direction)
            if value is not None:
                self._usage(
                    f"thresholds.{key}.{metric}: this metric is reported without a default threshold, so a bare "
                    f"number has no direction; write '>= {value:g}' or '<= {value:g}'"
                )
        return default

    def _check(
        self,
        metric: str,
        estimate: Estimate,
        scored: Scored,
        failing: Sequence[tuple[Answer, ...]],
        cases: Verdicts,
        group: str | None = None,
        required: bool = True,
        note: str = "",
    ) -> Check:
        """Record the estimate; say whether it passed, failed, or cannot decide (and why)."""
        threshold = self._threshold(metric, group)
        if threshold is None and required:
            self.threshold(metric)  # fails with the fix
        passed: bool | None = None
        problem = None
        if threshold is not None and scored.pending:
            passed, problem = self._settle(metric, estimate, threshold, scored.pending)
        elif threshold is not None:
            passed, problem = self._decide(metric, estimate, threshold)
        self.looked += 1
        self.failed = self.failed or passed is False
        if self.probe:  # a look between rounds needs the verdict only (a record costs a redaction per field)
            return Check(None, estimate, threshold, problem, len(failing), failing, passed, scored.readings, None)
        where = self.group if group is None else (group if self.group is None else f"{self.group}/{group}")
        result = Result(
            model=self.model,
            model_spec=self.model_spec,
            test=self.item.nodeid,
            label=label_of(self.item.nodeid, where),
            dimension=self.spec.dimension,
            subcategory=self.spec.subcategory,
            group=where,
            metric=metric,
            value=None if estimate.value is None else round(estimate.value, 6),
            ci_low=round(estimate.low, 6),
            ci_high=round(estimate.high, 6),
            n=estimate.n,
            k=estimate.k,
            errors=scored.errors,
            method=estimate.method,
            threshold=None if threshold is None else threshold.limit,
            direction=None if threshold is None else threshold.direction,
            decision=self.decision,
            passed=passed,
            scorer=scored.scorer,
            examples=tuple(Example.of(a, scored.readings.get(id(a))) for s in failing[:MAX_EXAMPLES] for a in s),
            note=note,
            source=self.spec.source,
            cases={case: None if v is None else round(v, 6) for case, v in cases.items()},
            sequential=None if self.gate is None else self.gate.summary(),
            budget=self.budget,
        )
        self.item.stash.setdefault(RESULTS, []).append(result)
        self.item.user_properties.extend(result.junit_properties())
        if self.log:
            units = zip([*scored.ids, *scored.unscored], [*scored.shown, *scored.left_out], strict=True)
            answers = {case: shown for case, shown in units if case in cases}
            self.item.stash.setdefault(CASE_LOG, []).extend(log_lines(result, answers, scored.readings))
        comparison = None if self.baseline is None else self.baseline(result)
        return Check(result, estimate, threshold, problem, len(failing), failing, passed, scored.readings, comparison)

    def _decide(self, metric: str, estimate: Estimate, threshold: Threshold) -> tuple[bool | None, str | None]:
        """(passed or None, why undecided)."""
        if estimate.value is None:
            return None, f"{metric} could not be estimated from {estimate.n} units"
        if estimate.k is not None:  # a rate: undecidable when neither outcome is possible at this n
            if not decidable(estimate.n, threshold, self.decision):
                return None, self._too_few(estimate.n, threshold)
        elif estimate.n < MIN_SCORED:  # an interval from a handful of units claims a certainty it doesn't have
            return None, f"only {estimate.n} usable units, too few to estimate it (at least {MIN_SCORED})"
        return meets(estimate.value, (estimate.low, estimate.high), threshold, self.decision), None

    def _too_few(self, n: int, threshold: Threshold) -> str:
        return (
            f"{n} cases cannot decide {threshold} under the '{self.decision}' decision; "
            "run more cases (drop --trust-sample or raise it) or use decision: point"
        )

    def _settle(
        self, metric: str, estimate: Estimate, threshold: Threshold, pending: int
    ) -> tuple[bool | None, str | None]:
        """The full run's verdict, from the answers generated so far: (passed or None, why undecided)."""
        population = estimate.n + pending
        if estimate.k is None:  # only a rate's full-run verdict can be settled from a sample
            self.open += 1
            return None, f"{metric} needs every answer; {self._stopped()}"
        seen = sequential.look(population, estimate.n, estimate.k, threshold, self.decision, self.confidence)
        if not seen.settled:
            self.open += 1
            return None, f"not settled ({seen.low}-{seen.high} of {population} possible); {self._stopped()}"
        if seen.verdict is None:
            return None, self._too_few(population, threshold)
        return seen.verdict, None

    def _stopped(self) -> str:
        gate = self.gate
        if gate is None:
            return "generation stopped"
        return f"{gate.generated} of {gate.planned} cases generated ({gate.stopped or 'open'})"

    def _finish(self, checks: Sequence[Check], detail: str = "") -> None:
        """Fail with every failed check and every regression against the baseline explained; else, when no
        required check could decide, skip (or fail, under ``undecided: fail``) with the reasons."""
        if self.learning:
            return
        failed = [c for c in checks if c.threshold is not None and c.passed is False]
        if failed and self.probe:
            pytest.fail("", pytrace=False)  # ends the look as the test would end
        worse = [c for c in checks if c.comparison is not None and c.comparison.change == "regression"]
        if failed or worse:
            text = "\n".join([*(self._explain(c) for c in failed), *(self._regression(c) for c in worse)])
            pytest.fail(redact(f"{text}\n  {detail}" if detail else text), pytrace=False)
        undecided = [c for c in checks if c.threshold is not None and c.problem is not None]
        if undecided and len(undecided) == sum(c.threshold is not None for c in checks):
            if self.probe:
                pytest.skip("")
            reasons = "; ".join(f"{c.result.metric} {c.estimate}: {c.problem}" for c in undecided if c.result)
            if self.undecided == "fail":
                pytest.fail(redact(f"undecided, a failure under undecided: fail: {reasons}"), pytrace=False)
            pytest.skip(redact(reasons))

    def _regression(self, check: Check) -> str:
        comparison, result = check.comparison, check.result
        assert comparison is not None and result is not None
        group = f" [{comparison.group}]" if comparison.group is not None and comparison.group != self.group else ""
        lines = [
            f"regression against the baseline{group}: {comparison.describe()}",
            f"  model {self.model}, scorer {result.scorer}",
        ]
        if worse := set(comparison.worse_cases):
            ids = comparison.worse_cases
            lines.append(f"cases that got worse ({len(ids)}): {', '.join(ids[:20])}{' …' if len(ids) > 20 else ''}")
            full = self.item.config.get_verbosity() >= 2
            unit = self.spec.unit
            shown = [s for s in check.failing if {a.case.id if unit is None else str(a.case[unit]) for a in s} & worse]
            for answers in shown[:MAX_EXAMPLES]:
                for answer in answers:
                    lines += Example.of(answer, check.readings.get(id(answer)), full).lines()
        return "\n".join(lines)

    def _explain(self, check: Check) -> str:
        result, threshold = check.result, check.threshold
        assert threshold is not None and result is not None
        miss = "<" if threshold.direction == "min" else ">"
        group = f" [{result.group}]" if result.group is not None and result.group != self.group else ""
        left_out = f", {result.errors} errors left out" if result.errors else ""
        lines = [
            f"{result.metric.replace('_', ' ')}{group} {check.estimate} {miss} {threshold.limit:g}",
            f"  model {self.model}, scorer {result.scorer}, decision {self.decision}{left_out}",
        ]
        if self.gate is not None:
            lines.append(f"  sequential: {self._stopped()}")
        if check.failing:
            full = self.item.config.get_verbosity() >= 2  # -vv: the examples whole
            lines.append(f"failing examples ({min(len(check.failing), MAX_EXAMPLES)} of {check.count}):")
            for shown in check.failing[:MAX_EXAMPLES]:
                for answer in shown:
                    lines += Example.of(answer, check.readings.get(id(answer)), full).lines()
        return "\n".join(lines)

    def _error(self, message: str) -> NoReturn:
        """End the test as an error (not a verdict): reported as ERROR by the plugin."""
        message = redact(f"pytest-trustllm: {self.item.nodeid}: {message}")
        self.open += 1  # an error is no verdict: the gate keeps generating
        if not self.probe:
            self.item.stash[SCORING_ERROR] = message
        pytest.fail(message, pytrace=False)

    def _usage(self, message: str) -> NoReturn:
        self.open += 1
        pytest.fail(redact(f"pytest-trustllm: {self.item.nodeid}: {message}"), pytrace=False)


@dataclass(frozen=True)
class Check:
    result: Result | None  # None in a gate's look, which records nothing
    estimate: Estimate
    threshold: Threshold | None
    problem: str | None
    count: int
    failing: Sequence[tuple[Answer, ...]]
    passed: bool | None
    readings: dict[int, Verdict]
    comparison: Comparison | None


def _as_bool(value: Any, scorer: str) -> bool:
    if not isinstance(value, bool):
        pytest.fail(
            f"pytest-trustllm: scorer {scorer} gave {value!r}, not true/false; a rate needs yes/no verdicts "
            "(for a classifier, name the label that means yes: classifier(spec, positive=LABEL))",
            pytrace=False,
        )
    return value


def _as_number(value: Any, scorer: str) -> float:
    if value is None:
        return float("nan")
    if isinstance(value, bool) or not isinstance(value, int | float):
        pytest.fail(f"pytest-trustllm: scorer {scorer} gave {value!r}, not a number", pytrace=False)
    return float(value)


def _or(value: float | None, default: float) -> float:
    return default if value is None else value


def _z(values: Sequence[float], x: float) -> float:
    """``x`` standardised against ``values`` (to rank how far a pair sits from agreement)."""
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
    return (x - mean) / spread
