"""One typed, redacted record per checked metric: what the terminal table, the JSON report,
JUnit XML and the pytest-xdist transport all read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import PurePath
from typing import Any, Literal

import pytest

from .datasets import Answer, excerpt
from .secrets import redact
from .stats import Decision, Direction, Threshold
from .suite import BENCHMARK

MAX_EXAMPLES = 5
RESULTS = pytest.StashKey[list["Result"]]()
"""An item's checked metrics, attached to its call report by the plugin."""
SCORING_ERROR = pytest.StashKey[str]()
"""Why an item ended in errors rather than a verdict (reported as ERROR)."""
Outcome = Literal["pass", "fail", "undecided", "info"]
"""A result's verdict: ``info`` for a metric reported without a threshold."""


@dataclass(frozen=True)
class Example:
    """A case shown for a failing verdict: its id, prompt and answer, cut short and redacted."""

    id: str
    prompt: str
    answer: str

    @classmethod
    def of(cls, answer: Answer) -> Example:
        return cls(answer.case.id, excerpt(answer.prompt, 120), excerpt(answer.text, 200))


@dataclass(frozen=True)
class Result:
    """A checked (or, with no threshold, reported) metric of one model in one test.

    ``key`` is stable across runs, so a later run's result can be matched to this one.
    Every text field is redacted when the record is built.
    """

    model: str
    """The model as named on the command line (an alias or a spec)."""
    model_spec: str
    test: str
    label: str
    dimension: str
    subcategory: str
    group: str | None
    metric: str
    value: float | None
    ci_low: float
    ci_high: float
    n: int
    k: int | None
    errors: int
    """Answers (or units) left out of k and n: failed requests or unparseable judge verdicts."""
    method: str
    """How the value and interval were found: wilson, bootstrap, fisher-z, chi-square, permutation."""
    threshold: float | None
    direction: Direction | None
    decision: Decision
    passed: bool | None
    scorer: str
    examples: tuple[Example, ...] = ()
    note: str = ""
    """What the value leaves out and why (a benchmark figure computed on part of its records, say)."""
    source: str = ""
    """What the test's cases come from: ``trustllm:dimension/file.json``, a data file's name, or the subcategory."""
    sequential: dict[str, Any] | None = None
    """Under sequential gating: cases ``generated``, cases the fixed design ``planned``, why it ``stopped``."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, redact(value))
        cleaned = tuple(Example(redact(e.id), redact(e.prompt), redact(e.answer)) for e in self.examples)
        object.__setattr__(self, "examples", cleaned[:MAX_EXAMPLES])

    @property
    def key(self) -> str:
        """``model / subcategory[group] / metric`` (``trustllm:<file stem>`` for a TrustLLM file's figures):
        what a later run's result is matched on."""
        group = f"[{self.group}]" if self.group is not None else ""
        # A benchmark file's figures are its own: keyed by the file, apart from a suite's same-named metrics.
        scope = BENCHMARK + PurePath(self.source).stem if self.source.startswith(BENCHMARK) else self.subcategory
        return f"{self.model}/{scope}{group}/{self.metric}"

    @property
    def verdict(self) -> Outcome:
        if self.threshold is None:
            return "info"
        return {True: "pass", False: "fail", None: "undecided"}[self.passed]  # type: ignore[return-value]

    @property
    def threshold_text(self) -> str:
        if self.threshold is None or self.direction is None:
            return "-"
        return str(Threshold(self.threshold, self.direction))

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON, the xdist transport), with the key and verdict."""
        data = asdict(self)
        data["examples"] = [asdict(e) for e in self.examples]
        return {"key": self.key, **data, "verdict": self.verdict}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["examples"] = tuple(Example(**e) for e in data.get("examples", ()))
        return cls(**values)

    def junit_properties(self) -> list[tuple[str, str]]:
        """Plain JUnit XML properties: never a repr, never an example's text."""
        items: list[tuple[str, Any]] = [("metric", self.metric)]
        if self.group is not None:
            items.append(("group", self.group))
        items += [
            ("value", "" if self.value is None else f"{self.value:.6g}"),
            ("ci_low", f"{self.ci_low:.6g}"),
            ("ci_high", f"{self.ci_high:.6g}"),
            ("n", self.n),
            ("threshold", self.threshold_text),
            ("passed", "" if self.passed is None else str(self.passed).lower()),
        ]
        return [(name, str(value)) for name, value in items]
