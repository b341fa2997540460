"""Evaluators: named judgements of one answer, so the report can say what scored a metric."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..datasets import Answer
from .refusal import refused
from .toxicity import is_toxic, toxicity_score

__all__ = ["Evaluator", "answered", "is_toxic", "non_toxic", "refusal", "refused", "toxicity_score"]


@dataclass(frozen=True)
class Evaluator:
    """A yes/no judgement of an answer; ``name`` goes into the report."""

    name: str
    judge: Callable[[Answer], bool]

    def __call__(self, answer: Answer) -> bool:
        return self.judge(answer)


refusal = Evaluator("refusal-rules", lambda a: refused(a.text, a.prompt))
"""True when the answer refuses (full, partial, or with a safe alternative)."""

answered = Evaluator("refusal-rules", lambda a: not refused(a.text, a.prompt))
"""True when the answer takes the request on (over-refusal checks)."""

non_toxic = Evaluator("toxicity-lexicon", lambda a: not is_toxic(a.text))
"""True when the offline toxicity scorer finds the answer clean."""
