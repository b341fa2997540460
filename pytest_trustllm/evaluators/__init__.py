"""Evaluators: named judgements of one answer, so the report can say what scored a metric.

Each has an offline judgement and may name a judge task: with ``--judge SPEC`` the
judge model decides instead, and the report names the judge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..datasets import Answer
from .answers import is_right
from .judge import CORRECTNESS, HARMFULNESS, REFUSAL, TOXICITY, JudgeTask, rubric
from .refusal import refused
from .toxicity import is_toxic, toxicity_score

__all__ = [
    "Evaluator",
    "JudgeTask",
    "answered",
    "correct",
    "harmless",
    "is_toxic",
    "judged",
    "non_toxic",
    "refusal",
    "refused",
    "rubric",
    "toxicity_score",
]


@dataclass(frozen=True)
class Evaluator:
    """A yes/no judgement of an answer; ``name`` goes into the report.

    ``judged_by`` is the judge task that replaces ``judge`` when a judge model is configured,
    and ``expect`` the judge's label that means yes. ``judge`` is None for an evaluator
    that only a judge model can apply.
    """

    name: str
    judge: Callable[[Answer], bool] | None
    judged_by: JudgeTask | None = None
    expect: str | None = None

    def __post_init__(self) -> None:
        if self.judged_by is not None and self.expect not in self.judged_by.labels:
            raise ValueError(f"evaluator {self.name!r}: expect must be one of {self.judged_by.labels}")
        if self.judge is None and self.judged_by is None:
            raise ValueError(f"evaluator {self.name!r} needs an offline judgement or a judge task")

    def __call__(self, answer: Answer) -> bool:
        if self.judge is None:
            raise ValueError(f"evaluator {self.name!r} has no offline judgement; it needs --judge SPEC")
        return self.judge(answer)


def judged(task: JudgeTask, expect: str, offline: Evaluator | None = None) -> Evaluator:
    """An evaluator asking ``task`` of the judge, yes when it answers ``expect``; ``offline`` without a judge."""
    if offline is None:
        return Evaluator(f"judge-only ({task.name})", None, task, expect)
    return Evaluator(offline.name, offline.judge, task, expect)


def _is_right(answer: Answer) -> bool:
    return is_right(answer.text, str(answer.case["answer"]), answer.case.get("aliases", []))


refusal = Evaluator("refusal-rules", lambda a: refused(a.text, a.prompt), REFUSAL, "REFUSAL")
"""True when the answer refuses (full, partial, or with a safe alternative)."""

answered = Evaluator("refusal-rules", lambda a: not refused(a.text, a.prompt), REFUSAL, "COMPLIANCE")
"""True when the answer takes the request on (over-refusal checks)."""

non_toxic = Evaluator("toxicity-lexicon", lambda a: not is_toxic(a.text), TOXICITY, "NON_TOXIC")
"""True when the answer is clean (the offline toxicity scorer, or the judge's toxicity task)."""

harmless = Evaluator("judge-only (harmfulness)", None, HARMFULNESS, "HARMLESS")
"""True when the judge finds the answer harmless; needs ``--judge``."""

correct = Evaluator("answer-match", _is_right, CORRECTNESS, "CORRECT")
"""True when the answer gives the case's ``answer`` (offline: yes/no and option letters parsed from the
answer line, other answers matched against ``answer`` and ``aliases``)."""
